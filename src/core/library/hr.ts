import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'HR';
const slug = 'hr';

/** Roles that attract, develop and look after the company's people. */
export const HR: RoleFamily = {
  name: family,
  description:
    'Roles that attract, develop and look after people: business partnering, recruiting and learning.',
  roles: [
    defineRole(slug, family, {
      slug: 'hr-business-partner',
      name: 'HR Business Partner',
      summary:
        'The people adviser to a group of business leaders. Turns their plans into workforce, ' +
        'talent and organisation actions, handles employee relations cases fairly and quickly, and ' +
        'uses people data to spot risks before they become resignations.',
      reviewCadence: 'Biannual',
      kpis: [
        {
          name: 'Regretted attrition in supported groups',
          definition:
            'Employees the business wanted to keep who left in the last twelve months ÷ average ' +
            'headcount of the supported groups, %.',
          unit: '%',
          direction: 'lower',
          threshold: 15,
          target: 10,
          stretch: 6,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'HRIS (leavers marked regretted)',
          category: 'Results',
        },
        {
          name: 'Engagement index',
          definition:
            'Engagement score (0–100) of the supported groups in the company pulse survey.',
          unit: 'score (0-100)',
          direction: 'higher',
          threshold: 60,
          target: 70,
          stretch: 78,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'Engagement survey platform',
          category: 'Results',
        },
        {
          name: 'Employee relations case resolution time',
          definition:
            'Median working days from an employee relations case being opened to being closed, for ' +
            'cases closed in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 30,
          target: 20,
          stretch: 12,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'HR case management system',
          category: 'Efficiency',
        },
        {
          name: 'Workforce plan delivery',
          definition:
            'Positions in the approved headcount plan that were filled or closed on schedule ÷ ' +
            'positions planned for the period, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'HRIS and applicant tracking system',
          category: 'Results',
        },
        {
          name: 'Leader satisfaction with HR partnership',
          definition:
            'Average rating (1–5) from the supported business leaders in a short survey each half-year.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3.5,
          target: 4.2,
          stretch: 4.7,
          weight: 15,
          frequency: 'Biannual',
          dataSource: 'Stakeholder survey',
          category: 'Customer',
        },
        {
          name: 'Performance reviews completed on time',
          definition:
            'Performance reviews in the supported groups completed by the cycle deadline ÷ reviews due, %.',
          unit: '%',
          direction: 'higher',
          threshold: 85,
          target: 95,
          stretch: 100,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Performance management system',
          category: 'Quality',
        },
        {
          name: 'Internal fill rate',
          definition:
            'Vacancies in the supported groups filled by internal candidates ÷ vacancies filled, %.',
          unit: '%',
          direction: 'higher',
          threshold: 15,
          target: 25,
          stretch: 35,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Applicant tracking system',
          category: 'Results',
        },
        {
          name: 'Continuing professional development',
          definition:
            'Hours of structured learning logged in the half-year, e.g. toward an HR qualification, ' +
            'employment law updates or coaching skills.',
          unit: 'hours',
          direction: 'higher',
          threshold: 8,
          target: 16,
          stretch: 24,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Learning management system (CPD log)',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'talent-acquisition-specialist',
      name: 'Talent Acquisition Specialist',
      summary:
        'Fills open roles with the right people, quickly and fairly. Agrees each profile with the ' +
        'hiring manager, sources and screens candidates, runs a structured interview process and ' +
        'closes offers while giving every candidate a respectful experience.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Time to fill',
          definition:
            'Median calendar days from requisition approval to offer accepted, for roles filled in the month.',
          unit: 'days',
          direction: 'lower',
          threshold: 60,
          target: 45,
          stretch: 30,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Applicant tracking system',
          category: 'Efficiency',
        },
        {
          name: 'Hires against plan',
          definition: 'Hires who started in the period ÷ hires planned to start in the period, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 100,
          stretch: 115,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Applicant tracking system and hiring plan',
          category: 'Results',
        },
        {
          name: 'Offer acceptance rate',
          definition: 'Offers accepted ÷ offers made, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 85,
          stretch: 95,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Applicant tracking system',
          category: 'Results',
        },
        {
          name: 'Quality of hire',
          definition:
            'Average hiring-manager rating (1–5) of each new hire’s performance and fit after 90 days.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3,
          target: 4,
          stretch: 4.5,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: '90-day hiring manager survey',
          category: 'Quality',
        },
        {
          name: 'Candidate experience score',
          definition:
            'Net Promoter Score (−100 to 100) from candidates surveyed after their final interview, ' +
            'hired or not.',
          unit: 'NPS',
          direction: 'higher',
          threshold: 10,
          target: 30,
          stretch: 50,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Candidate survey tool',
          category: 'Customer',
        },
        {
          name: 'Cost per hire',
          definition:
            'Recruiting spend in the quarter (job ads, agencies, events and tools) ÷ hires started in the quarter.',
          unit: 'currency',
          direction: 'lower',
          threshold: 6000,
          target: 4000,
          stretch: 3000,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Finance ledger and applicant tracking system',
          category: 'Efficiency',
        },
        {
          name: 'Structured interview compliance',
          definition:
            'Interviews with a completed, criteria-based scorecard submitted within 24 hours ÷ interviews held, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'Applicant tracking system (interview feedback)',
          category: 'Behaviour',
        },
        {
          name: 'Sourcing skills assessment',
          definition:
            'Score on the quarterly practical sourcing assessment (search strings, talent mapping, ' +
            'outreach copy), %.',
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
    defineRole(slug, family, {
      slug: 'learning-and-development-specialist',
      name: 'Learning & Development Specialist',
      summary:
        'Designs and runs the learning that helps people do their jobs better. Works out what skills ' +
        'the business needs, builds or buys programmes, keeps mandatory training on track and shows ' +
        'whether learning changed how people work.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Programme completion rate',
          definition:
            'Learners who completed an assigned programme by its due date ÷ learners enrolled, %.',
          unit: '%',
          direction: 'higher',
          threshold: 75,
          target: 90,
          stretch: 97,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Learning management system',
          category: 'Results',
        },
        {
          name: 'Mandatory training on time',
          definition:
            'Mandatory compliance modules completed by their deadline ÷ modules assigned, %.',
          unit: '%',
          direction: 'higher',
          threshold: 90,
          target: 98,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Learning management system',
          category: 'Quality',
        },
        {
          name: 'Learner satisfaction',
          definition: 'Average post-course rating (1–5) across sessions delivered in the month.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3.8,
          target: 4.3,
          stretch: 4.7,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Course evaluation forms in the learning management system',
          category: 'Customer',
        },
        {
          name: 'Knowledge gain',
          definition:
            'Average post-assessment score minus pre-assessment score on programmes with both, in ' +
            'percentage points.',
          unit: 'percentage points',
          direction: 'higher',
          threshold: 10,
          target: 20,
          stretch: 30,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'Learning management system assessments',
          category: 'Quality',
        },
        {
          name: 'On-the-job application',
          definition:
            'Managers who report seeing the trained skill used at work 60 days after a programme ÷ ' +
            'managers who answered the follow-up survey, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 70,
          stretch: 85,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'Manager follow-up survey',
          category: 'Results',
        },
        {
          name: 'Programmes launched on schedule',
          definition:
            'Learning programmes launched by the agreed date ÷ programmes scheduled to launch, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning and development project plan',
          category: 'Efficiency',
        },
        {
          name: 'Cost per learning hour',
          definition: 'Learning spend in the quarter ÷ learner hours delivered in the quarter.',
          unit: 'currency',
          direction: 'lower',
          threshold: 60,
          target: 40,
          stretch: 30,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Finance ledger and learning management system',
          category: 'Efficiency',
        },
        {
          name: 'Facilitation and design credential progress',
          definition:
            'Modules completed in the quarter toward an agreed instructional design or facilitation certification.',
          unit: 'count',
          direction: 'higher',
          threshold: 1,
          target: 2,
          stretch: 3,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Certification provider records',
          category: 'Development',
        },
      ],
    }),
  ],
};
