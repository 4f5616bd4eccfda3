import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'Sales';
const slug = 'sales';

/** Roles that win and grow revenue: prospecting, closing and leading a sales team. */
export const SALES: RoleFamily = {
  name: family,
  description:
    'Roles that find, win and grow revenue: prospecting, running deals to close and leading a sales team.',
  roles: [
    defineRole(slug, family, {
      slug: 'account-executive',
      name: 'Account Executive',
      summary:
        'Owns new-business deals from qualified opportunity to signed contract. Runs discovery, ' +
        'demos and negotiations, keeps the pipeline and forecast honest in the CRM, and hands ' +
        'each new customer over cleanly to onboarding.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Quota attainment',
          definition: 'Closed-won revenue ÷ quota for the quarter, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 100,
          stretch: 130,
          weight: 30,
          frequency: 'Monthly',
          dataSource: 'CRM (closed-won opportunities)',
          category: 'Results',
        },
        {
          name: 'Pipeline coverage',
          definition:
            'Open pipeline value expected to close next quarter ÷ next quarter’s quota, as a multiple.',
          unit: 'ratio (×)',
          direction: 'higher',
          threshold: 2,
          target: 3,
          stretch: 4,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'CRM (open opportunities by close date)',
          category: 'Results',
        },
        {
          name: 'Win rate',
          definition:
            'Closed-won ÷ (closed-won + closed-lost) opportunities that reached the proposal stage, %.',
          unit: '%',
          direction: 'higher',
          threshold: 15,
          target: 25,
          stretch: 35,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'CRM (opportunity stage history)',
          category: 'Efficiency',
        },
        {
          name: 'Sales cycle length',
          definition:
            'Median days from opportunity creation to closed-won, for deals closed in the quarter.',
          unit: 'days',
          direction: 'lower',
          threshold: 120,
          target: 90,
          stretch: 60,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'CRM (closed-won opportunities)',
          category: 'Efficiency',
        },
        {
          name: 'Average deal size',
          definition:
            'Closed-won first-year contract value ÷ number of closed-won deals in the quarter.',
          unit: 'currency',
          direction: 'higher',
          threshold: 12000,
          target: 20000,
          stretch: 30000,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'CRM (closed-won opportunities)',
          category: 'Results',
        },
        {
          name: 'Forecast accuracy',
          definition:
            'Closed-won revenue ÷ the commit forecast submitted on the first working day of the month, %. ' +
            'Both over- and under-delivery against commit count as misses.',
          unit: '%',
          direction: 'range',
          threshold: 75,
          target: 90,
          stretch: 110,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'CRM (forecast snapshots)',
          category: 'Quality',
        },
        {
          name: 'Clean deal handoff',
          definition:
            'Closed-won deals with signed order form, approved pricing and completed handoff notes at ' +
            'close ÷ closed-won deals, %.',
          unit: '%',
          direction: 'higher',
          threshold: 85,
          target: 95,
          stretch: 100,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'CRM (deal desk checklist)',
          category: 'Customer',
        },
        {
          name: 'Product and methodology learning',
          definition:
            'Hours of completed product or sales-methodology training recorded in the learning platform in the quarter.',
          unit: 'hours',
          direction: 'higher',
          threshold: 4,
          target: 8,
          stretch: 12,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'sales-development-representative',
      name: 'Sales Development Representative',
      summary:
        'Opens doors for the sales team. Researches target accounts, reaches out by phone, email ' +
        'and social channels, follows up quickly on inbound interest, and books qualified first ' +
        'meetings for Account Executives.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Qualified meetings held',
          definition:
            'First meetings with prospects that took place and that the Account Executive accepted as ' +
            'qualified, per month.',
          unit: 'count',
          direction: 'higher',
          threshold: 10,
          target: 15,
          stretch: 20,
          weight: 30,
          frequency: 'Monthly',
          dataSource: 'CRM (meetings and opportunity source)',
          category: 'Results',
        },
        {
          name: 'Pipeline sourced',
          definition:
            'Value of opportunities created from the representative’s meetings that reached the ' +
            'qualification stage in the quarter.',
          unit: 'currency',
          direction: 'higher',
          threshold: 150000,
          target: 250000,
          stretch: 350000,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'CRM (opportunities by source)',
          category: 'Results',
        },
        {
          name: 'Meeting-to-opportunity conversion',
          definition: 'Opportunities accepted by Account Executives ÷ first meetings held, %.',
          unit: '%',
          direction: 'higher',
          threshold: 40,
          target: 60,
          stretch: 75,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'CRM (meetings and opportunities)',
          category: 'Quality',
        },
        {
          name: 'Meeting show rate',
          definition: 'Booked first meetings that took place ÷ first meetings booked, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 75,
          stretch: 85,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'CRM (meeting outcomes)',
          category: 'Efficiency',
        },
        {
          name: 'Inbound lead response time',
          definition:
            'Median minutes, in working hours, from an inbound form submission to the first personal ' +
            'call or email.',
          unit: 'minutes',
          direction: 'lower',
          threshold: 60,
          target: 15,
          stretch: 5,
          weight: 10,
          frequency: 'Weekly',
          dataSource: 'Marketing automation platform and CRM activity log',
          category: 'Customer',
        },
        {
          name: 'Daily prospecting activity',
          definition:
            'Average personalised calls, emails and social messages logged per working day in the week.',
          unit: 'count',
          direction: 'higher',
          threshold: 30,
          target: 50,
          stretch: 70,
          weight: 5,
          frequency: 'Weekly',
          dataSource: 'Sales engagement platform',
          category: 'Behaviour',
        },
        {
          name: 'Call coaching score',
          definition:
            'Average score on the team’s call review rubric (1–5) across at least two calls reviewed ' +
            'with the manager each month.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 2.5,
          target: 3.5,
          stretch: 4.5,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Call recordings and coaching scorecards',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'sales-manager',
      name: 'Sales Manager',
      summary:
        'Leads a team of sellers to its number. Sets territories and targets, coaches deals and ' +
        'skills every week, runs the forecast, and hires and ramps new representatives.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Team quota attainment',
          definition: 'Team closed-won revenue ÷ team quota for the quarter, %.',
          unit: '%',
          direction: 'higher',
          threshold: 75,
          target: 100,
          stretch: 120,
          weight: 30,
          frequency: 'Monthly',
          dataSource: 'CRM (closed-won opportunities)',
          category: 'Results',
        },
        {
          name: 'Representatives at or above quota',
          definition:
            'Representatives with a full-quarter quota who reached 100% or more ÷ representatives ' +
            'with a full-quarter quota, %.',
          unit: '%',
          direction: 'higher',
          threshold: 40,
          target: 60,
          stretch: 80,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'CRM and quota plan',
          category: 'Results',
        },
        {
          name: 'Team forecast accuracy',
          definition:
            'Team closed-won revenue ÷ the commit forecast submitted in week two of the quarter, %.',
          unit: '%',
          direction: 'range',
          threshold: 80,
          target: 95,
          stretch: 105,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'CRM (forecast snapshots)',
          category: 'Quality',
        },
        {
          name: 'New pipeline against plan',
          definition: 'Qualified pipeline created by the team ÷ the pipeline generation plan, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 100,
          stretch: 125,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'CRM (opportunities by created date)',
          category: 'Results',
        },
        {
          name: 'New representative ramp time',
          definition:
            'Months from start date until a new representative first reaches 100% of their ramped ' +
            'monthly quota; average of those who ramped this quarter.',
          unit: 'months',
          direction: 'lower',
          threshold: 9,
          target: 6,
          stretch: 4,
          weight: 5,
          frequency: 'Quarterly',
          dataSource: 'CRM and HRIS (start dates)',
          category: 'Efficiency',
        },
        {
          name: 'Regretted seller attrition',
          definition:
            'Sellers the company wanted to keep who left in the last twelve months ÷ average team ' +
            'headcount, %.',
          unit: '%',
          direction: 'lower',
          threshold: 25,
          target: 12,
          stretch: 5,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'HRIS (leavers marked regretted)',
          category: 'Results',
        },
        {
          name: 'Coaching sessions held',
          definition:
            'Documented one-to-one deal or skills coaching sessions per representative per month, ' +
            'averaged over the team.',
          unit: 'count',
          direction: 'higher',
          threshold: 1,
          target: 2,
          stretch: 4,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Coaching log in the CRM',
          category: 'Behaviour',
        },
        {
          name: 'Development plans in place',
          definition:
            'Representatives with a written development plan reviewed in the last 90 days ÷ ' +
            'representatives, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Performance management system',
          category: 'Development',
        },
      ],
    }),
  ],
};
