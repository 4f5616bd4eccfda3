import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'Customer Support/Success';
const slug = 'customer-support-success';

/** Roles that help customers get answers and get value, so they stay and grow. */
export const CUSTOMER_SUPPORT_SUCCESS: RoleFamily = {
  name: family,
  description:
    'Roles that help customers: answering questions and fixing problems, and making sure accounts get value and renew.',
  roles: [
    defineRole(slug, family, {
      slug: 'customer-support-agent',
      name: 'Customer Support Agent',
      summary:
        'Answers customer questions and solves their problems by email, chat and phone. Gets to ' +
        'the root of each issue, writes clear replies, escalates what needs specialists and feeds ' +
        'what customers struggle with back into the help centre.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Customer satisfaction',
          definition: 'Positive ratings ÷ all ratings on the post-ticket satisfaction survey, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.8,
          target: 0.9,
          stretch: 0.95,
          weight: 20,
          frequency: 'Weekly',
          aggregation: 'Average',
          dataSource: 'Helpdesk ticketing system (satisfaction survey)',
          category: 'Customer',
        },
        {
          name: 'First response time',
          definition: 'Median business minutes from ticket creation to the first human reply.',
          unit: 'minutes',
          direction: 'lower',
          threshold: 240,
          target: 60,
          stretch: 30,
          weight: 15,
          frequency: 'Weekly',
          aggregation: 'Average',
          dataSource: 'Helpdesk ticketing system',
          category: 'Efficiency',
        },
        {
          name: 'One-touch resolution',
          definition:
            'Tickets solved with a single agent reply and not reopened ÷ tickets solved, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.55,
          target: 0.7,
          stretch: 0.8,
          weight: 15,
          frequency: 'Weekly',
          aggregation: 'Average',
          dataSource: 'Helpdesk ticketing system',
          category: 'Efficiency',
        },
        {
          name: 'Quality assurance score',
          definition:
            'Average score on the support quality rubric (accuracy, tone, ownership) for sampled ' +
            'conversations in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.75,
          target: 0.88,
          stretch: 0.95,
          weight: 15,
          frequency: 'Monthly',
          aggregation: 'Average',
          dataSource: 'Quality review tool',
          category: 'Quality',
        },
        {
          name: 'Tickets solved per productive hour',
          definition: 'Tickets solved ÷ hours logged as available for tickets, in the week.',
          unit: 'tickets per hour',
          direction: 'higher',
          threshold: 3,
          target: 4.5,
          stretch: 6,
          weight: 10,
          frequency: 'Weekly',
          aggregation: 'Average',
          dataSource: 'Helpdesk ticketing system and workforce management tool',
          category: 'Results',
        },
        {
          name: 'Schedule adherence',
          definition: 'Minutes working to the published schedule ÷ scheduled minutes, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.85,
          target: 0.92,
          stretch: 0.97,
          weight: 5,
          frequency: 'Weekly',
          aggregation: 'Average',
          dataSource: 'Workforce management tool',
          category: 'Behaviour',
        },
        {
          name: 'Help centre contributions',
          definition:
            'Help centre articles or reply templates created or improved and approved in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 0,
          target: 2,
          stretch: 4,
          weight: 10,
          frequency: 'Monthly',
          aggregation: 'Sum',
          dataSource: 'Help centre and knowledge base',
          category: 'Behaviour',
        },
        {
          name: 'Product knowledge quiz',
          definition:
            'Score on the monthly product knowledge quiz covering new and changed features, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.7,
          target: 0.85,
          stretch: 0.95,
          weight: 10,
          frequency: 'Monthly',
          aggregation: 'Last',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'customer-success-manager',
      name: 'Customer Success Manager',
      summary:
        'Looks after a portfolio of customer accounts after the sale. Guides onboarding to first ' +
        'value, tracks account health, runs business reviews with sponsors and secures renewals ' +
        'and growth.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Gross revenue retention',
          definition:
            'Recurring revenue kept from the portfolio at quarter end, excluding expansion ÷ recurring ' +
            'revenue at quarter start, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.85,
          target: 0.92,
          stretch: 0.97,
          weight: 20,
          frequency: 'Quarterly',
          aggregation: 'Last',
          dataSource: 'Billing system and CRM',
          category: 'Results',
        },
        {
          name: 'Net revenue retention',
          definition:
            'Recurring revenue from the portfolio at quarter end, including expansion ÷ recurring ' +
            'revenue at quarter start, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.95,
          target: 1.05,
          stretch: 1.15,
          weight: 15,
          frequency: 'Quarterly',
          aggregation: 'Last',
          dataSource: 'Billing system and CRM',
          category: 'Results',
        },
        {
          name: 'Logo churn',
          definition:
            'Customers in the portfolio who cancelled in the quarter ÷ customers at quarter start, %.',
          unit: '%',
          direction: 'lower',
          threshold: 0.05,
          target: 0.025,
          stretch: 0.01,
          weight: 10,
          frequency: 'Quarterly',
          aggregation: 'Sum',
          dataSource: 'CRM (account status)',
          category: 'Results',
        },
        {
          name: 'Healthy accounts',
          definition:
            'Accounts with a green health score at month end ÷ accounts in the portfolio, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.55,
          target: 0.7,
          stretch: 0.85,
          weight: 10,
          frequency: 'Monthly',
          aggregation: 'Last',
          dataSource: 'Customer success platform',
          category: 'Customer',
        },
        {
          name: 'Customer Net Promoter Score',
          definition:
            'Net Promoter Score (−100 to 100) from portfolio contacts in the quarterly survey.',
          unit: 'NPS',
          direction: 'higher',
          threshold: 10,
          target: 35,
          stretch: 50,
          weight: 15,
          frequency: 'Quarterly',
          aggregation: 'Last',
          dataSource: 'Customer survey tool',
          category: 'Customer',
        },
        {
          name: 'Time to first value',
          definition:
            'Median days from contract signature to the first agreed value milestone, for accounts ' +
            'reaching it in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 60,
          target: 30,
          stretch: 20,
          weight: 10,
          frequency: 'Monthly',
          aggregation: 'Average',
          dataSource: 'Customer success platform (onboarding milestones)',
          category: 'Efficiency',
        },
        {
          name: 'Business reviews held',
          definition:
            'Strategic accounts that had a documented business review with their sponsor in the ' +
            'quarter ÷ strategic accounts, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0.6,
          target: 0.9,
          stretch: 1,
          weight: 10,
          frequency: 'Quarterly',
          aggregation: 'Sum',
          dataSource: 'CRM (activities)',
          category: 'Behaviour',
        },
        {
          name: 'Consultative skills assessment',
          definition:
            'Manager’s rating (1–5) of two recorded customer calls a quarter against the success ' +
            'planning rubric.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 2.5,
          target: 3.5,
          stretch: 4.5,
          weight: 10,
          frequency: 'Quarterly',
          aggregation: 'Last',
          dataSource: 'Call recordings and coaching scorecards',
          category: 'Development',
        },
      ],
    }),
  ],
};
