import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'Finance';
const slug = 'finance';

/** Roles that plan, record and pay: analysis, reporting, accounts payable and payroll. */
export const FINANCE: RoleFamily = {
  name: family,
  description:
    'Roles that plan, record and pay: financial planning and analysis, accounts payable and payroll.',
  roles: [
    defineRole(slug, family, {
      slug: 'financial-analyst',
      name: 'Financial Analyst',
      summary:
        'Builds the budgets, forecasts and management reports leaders use to decide. Explains ' +
        'variances in plain language, models scenarios on request and automates the recurring work ' +
        'so the month-end numbers arrive early and right.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Operating expense forecast variance',
          definition:
            '(Actual − forecast) ÷ forecast for quarterly operating expenses, %, using the forecast ' +
            'made at the start of the quarter. Misses in either direction count.',
          unit: '%',
          direction: 'range',
          threshold: -10,
          target: -2,
          stretch: 2,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'Planning model and general ledger',
          category: 'Quality',
        },
        {
          name: 'Management reports on time',
          definition:
            'Monthly management reports delivered by the close-calendar deadline ÷ reports due, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Close calendar',
          category: 'Efficiency',
        },
        {
          name: 'Report accuracy',
          definition: 'Reports issued without a correction after publication ÷ reports issued, %.',
          unit: '%',
          direction: 'higher',
          threshold: 90,
          target: 98,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Report correction log',
          category: 'Quality',
        },
        {
          name: 'Material variances explained',
          definition:
            'Budget variances above the materiality threshold with written commentary by the deadline ' +
            '÷ such variances, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Variance commentary in the planning model',
          category: 'Results',
        },
        {
          name: 'Analysis request turnaround',
          definition:
            'Median working days from an ad-hoc analysis request to delivery, for requests closed in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 7,
          target: 3,
          stretch: 1,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Finance request tracker',
          category: 'Customer',
        },
        {
          name: 'Budget holder satisfaction',
          definition:
            'Average rating (1–5) from budget holders in the quarterly finance partnering survey.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3.5,
          target: 4.2,
          stretch: 4.6,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Stakeholder survey',
          category: 'Customer',
        },
        {
          name: 'Manual hours automated',
          definition:
            'Recurring manual hours per month removed by automating reports, reconciliations or models ' +
            'in the quarter.',
          unit: 'hours',
          direction: 'higher',
          threshold: 4,
          target: 10,
          stretch: 20,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Automation log',
          category: 'Efficiency',
        },
        {
          name: 'Qualification study hours',
          definition:
            'Hours of study logged in the quarter toward an agreed accounting or finance qualification.',
          unit: 'hours',
          direction: 'higher',
          threshold: 20,
          target: 40,
          stretch: 60,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Study log',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'accounts-payable-specialist',
      name: 'Accounts Payable Specialist',
      summary:
        'Makes sure suppliers are paid correctly and on time. Matches and posts invoices, chases ' +
        'approvals, answers supplier queries and protects the company against duplicate or ' +
        'fraudulent payments.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Invoices processed',
          definition: 'Supplier invoices matched, coded and posted in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 600,
          target: 800,
          stretch: 1000,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'ERP accounts payable module',
          category: 'Results',
        },
        {
          name: 'Invoice cycle time',
          definition:
            'Median days from invoice receipt to approved for payment, for invoices approved in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 10,
          target: 5,
          stretch: 3,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'ERP accounts payable module',
          category: 'Efficiency',
        },
        {
          name: 'On-time payment rate',
          definition: 'Invoices paid by their due date ÷ invoices paid, %.',
          unit: '%',
          direction: 'higher',
          threshold: 90,
          target: 97,
          stretch: 99.5,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'ERP payment runs',
          category: 'Results',
        },
        {
          name: 'Posting error rate',
          definition: 'Posted invoices that needed a correction ÷ invoices posted, %.',
          unit: '%',
          direction: 'lower',
          threshold: 3,
          target: 1,
          stretch: 0.5,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'ERP audit trail',
          category: 'Quality',
        },
        {
          name: 'Early payment discounts captured',
          definition:
            'Early payment discounts taken ÷ discounts offered by suppliers, by value, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 85,
          stretch: 95,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'ERP accounts payable module',
          category: 'Results',
        },
        {
          name: 'Touchless invoice rate',
          definition:
            'Invoices matched and posted automatically without manual keying ÷ invoices posted, %.',
          unit: '%',
          direction: 'higher',
          threshold: 30,
          target: 50,
          stretch: 70,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'Accounts payable automation tool',
          category: 'Efficiency',
        },
        {
          name: 'Supplier query response time',
          definition:
            'Median working hours to a first reply to supplier queries received in the month.',
          unit: 'hours',
          direction: 'lower',
          threshold: 48,
          target: 24,
          stretch: 8,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Accounts payable shared mailbox or ticketing tool',
          category: 'Customer',
        },
        {
          name: 'Controls and system knowledge check',
          definition:
            'Score on the quarterly knowledge check covering payment controls, fraud signs and ERP ' +
            'procedures, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 85,
          stretch: 95,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning management system assessments',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'payroll-specialist',
      name: 'Payroll Specialist',
      summary:
        'Pays everyone correctly and on time, every cycle. Collects and checks changes from HR ' +
        'and managers, runs and reconciles payroll, files payroll taxes and answers employees’ ' +
        'pay questions.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Payroll accuracy',
          definition:
            'Payslips in the month that needed no correction after the pay date ÷ payslips issued, %.',
          unit: '%',
          direction: 'higher',
          threshold: 98,
          target: 99.5,
          stretch: 99.9,
          weight: 25,
          frequency: 'Monthly',
          dataSource: 'Payroll system (corrections and off-cycle payments)',
          category: 'Quality',
        },
        {
          name: 'Payroll runs on time',
          definition:
            'Payroll runs approved and submitted to the bank by the cut-off ÷ payroll runs, %.',
          unit: '%',
          direction: 'higher',
          threshold: 95,
          target: 100,
          stretch: null,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Payroll calendar and bank submission records',
          category: 'Results',
        },
        {
          name: 'Payroll tax filings on time',
          definition:
            'Payroll tax returns and payments made by their statutory deadline ÷ filings due, %.',
          unit: '%',
          direction: 'higher',
          threshold: 95,
          target: 100,
          stretch: null,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Tax filing records',
          category: 'Results',
        },
        {
          name: 'Late changes processed',
          definition:
            'Starters, leavers and pay changes received after the cut-off that still made the run ÷ ' +
            'late changes received, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 75,
          stretch: 90,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'Payroll change log',
          category: 'Efficiency',
        },
        {
          name: 'Payroll reconciliation completed',
          definition:
            'Payroll control accounts reconciled to the general ledger within five working days of ' +
            'month end ÷ control accounts, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 100,
          stretch: null,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'General ledger reconciliations',
          category: 'Quality',
        },
        {
          name: 'Pay query resolution time',
          definition:
            'Median working days from an employee pay query to its answer, for queries closed in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 5,
          target: 2,
          stretch: 1,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'HR case management system (pay queries)',
          category: 'Customer',
        },
        {
          name: 'Legislation update training',
          definition:
            'Payroll legislation and system update sessions completed in the quarter ÷ sessions ' +
            'scheduled for the payroll team, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
  ],
};
