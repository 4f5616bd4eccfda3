import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'Operations';
const slug = 'operations';

/** Roles that make, move and deliver: running sites and planning the supply chain. */
export const OPERATIONS: RoleFamily = {
  name: family,
  description:
    'Roles that make, move and deliver: running a site or service safely and planning the supply chain.',
  roles: [
    defineRole(slug, family, {
      slug: 'operations-manager',
      name: 'Operations Manager',
      summary:
        'Runs day-to-day operations of a site or service so that customers get what they ordered, ' +
        'on time and at the right cost. Leads the shift teams, plans capacity, keeps people safe ' +
        'and drives continuous improvement.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'On time in full',
          definition: 'Orders delivered complete and on the promised date ÷ orders delivered, %.',
          unit: '%',
          direction: 'higher',
          threshold: 90,
          target: 96,
          stretch: 99,
          weight: 20,
          frequency: 'Weekly',
          dataSource: 'ERP and warehouse management system',
          category: 'Customer',
        },
        {
          name: 'Operating cost per unit',
          definition: 'Total operating cost in the month ÷ units produced or shipped in the month.',
          unit: 'currency',
          direction: 'lower',
          threshold: 5.5,
          target: 5,
          stretch: 4.6,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'ERP and management accounts',
          category: 'Efficiency',
        },
        {
          name: 'Capacity utilisation',
          definition:
            'Productive hours used ÷ available capacity hours, %. Too low wastes capacity; too high ' +
            'leaves no room for peaks or maintenance.',
          unit: '%',
          direction: 'range',
          threshold: 60,
          target: 75,
          stretch: 85,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Production scheduling system',
          category: 'Efficiency',
        },
        {
          name: 'First pass yield',
          definition: 'Units that passed inspection the first time ÷ units produced, %.',
          unit: '%',
          direction: 'higher',
          threshold: 92,
          target: 97,
          stretch: 99.5,
          weight: 15,
          frequency: 'Weekly',
          dataSource: 'Quality management system',
          category: 'Quality',
        },
        {
          name: 'Lost-time injury frequency rate',
          definition:
            'Injuries causing lost work time × 1,000,000 ÷ hours worked, over the last twelve months.',
          unit: 'rate per million hours',
          direction: 'lower',
          threshold: 5,
          target: 2,
          stretch: 0,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Health and safety incident log',
          category: 'Behaviour',
        },
        {
          name: 'Budget adherence',
          definition: 'Actual operating spend ÷ approved operating budget for the year to date, %.',
          unit: '%',
          direction: 'range',
          threshold: 90,
          target: 97,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Management accounts',
          category: 'Results',
        },
        {
          name: 'Improvement savings delivered',
          definition:
            'Annualised savings from continuous improvement projects completed and signed off by ' +
            'finance in the quarter.',
          unit: 'currency',
          direction: 'higher',
          threshold: 25000,
          target: 50000,
          stretch: 80000,
          weight: 5,
          frequency: 'Quarterly',
          dataSource: 'Continuous improvement project tracker',
          category: 'Results',
        },
        {
          name: 'Cross-training coverage',
          definition:
            'Critical tasks with at least two people trained and signed off ÷ critical tasks in the ' +
            'skills matrix, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 80,
          stretch: 95,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Skills matrix',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'supply-chain-analyst',
      name: 'Supply Chain Analyst',
      summary:
        'Turns demand, stock and supplier data into plans people can act on. Builds the demand ' +
        'forecast, sets stock levels, watches supplier performance and prepares the numbers for ' +
        'the monthly sales and operations planning meeting.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Demand forecast accuracy',
          definition:
            '100 minus the weighted mean absolute percentage error of the item-level forecast made ' +
            'one month ahead, %.',
          unit: '%',
          direction: 'higher',
          threshold: 65,
          target: 80,
          stretch: 88,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Demand planning system',
          category: 'Quality',
        },
        {
          name: 'Inventory turns',
          definition: 'Cost of goods sold over the last twelve months ÷ average inventory value.',
          unit: 'turns per year',
          direction: 'higher',
          threshold: 5,
          target: 8,
          stretch: 10,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'ERP',
          category: 'Efficiency',
        },
        {
          name: 'Order line fill rate',
          definition: 'Customer order lines shipped complete from stock ÷ order lines, %.',
          unit: '%',
          direction: 'higher',
          threshold: 92,
          target: 97,
          stretch: 99,
          weight: 15,
          frequency: 'Weekly',
          dataSource: 'Warehouse management system',
          category: 'Customer',
        },
        {
          name: 'Days of inventory on hand',
          definition:
            'Inventory value at month end ÷ average daily cost of goods sold. Too few days risks ' +
            'stock-outs; too many ties up cash.',
          unit: 'days',
          direction: 'range',
          threshold: 15,
          target: 30,
          stretch: 45,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'ERP',
          category: 'Efficiency',
        },
        {
          name: 'Supplier on-time delivery',
          definition: 'Purchase order lines received by the confirmed date ÷ lines received, %.',
          unit: '%',
          direction: 'higher',
          threshold: 85,
          target: 95,
          stretch: 98,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'ERP purchasing module',
          category: 'Results',
        },
        {
          name: 'Expedited freight share',
          definition: 'Expedited freight cost ÷ total freight cost in the month, %.',
          unit: '%',
          direction: 'lower',
          threshold: 12,
          target: 6,
          stretch: 3,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Transport management system and freight invoices',
          category: 'Efficiency',
        },
        {
          name: 'Planning actions closed on time',
          definition:
            'Actions assigned to the analyst in the monthly sales and operations planning meeting ' +
            'closed by their due date ÷ actions assigned, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Sales and operations planning action log',
          category: 'Behaviour',
        },
        {
          name: 'Analytics skills assessment',
          definition:
            'Score on the practical assessment for the quarter’s agreed skill (e.g. SQL, Python or ' +
            'inventory optimisation), %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 75,
          stretch: 90,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning and development assessment records',
          category: 'Development',
        },
      ],
    }),
  ],
};
