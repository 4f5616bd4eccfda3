import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'People Management';
const slug = 'people-management';

/** Roles that lead people, from a first team to a whole department. */
export const PEOPLE_MANAGEMENT: RoleFamily = {
  name: family,
  description:
    'Roles that lead people, in any function: from a first team lead to a manager of managers.',
  roles: [
    defineRole(slug, family, {
      slug: 'team-lead',
      name: 'Team Lead',
      summary:
        'Leads a team of five to ten people while often still doing hands-on work. Sets clear ' +
        'priorities, holds regular one-to-ones, removes blockers and helps each person grow.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Team goals achieved',
          definition:
            'Team KPIs or key results at or above target at quarter end ÷ team KPIs or key results, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 75,
          stretch: 90,
          weight: 25,
          frequency: 'Quarterly',
          dataSource: 'KPI register or goal-tracking tool',
          category: 'Results',
        },
        {
          name: 'Delivery predictability',
          definition:
            'Work items delivered by their committed date ÷ work items committed in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 85,
          stretch: 95,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Team work tracker',
          category: 'Efficiency',
        },
        {
          name: 'Team engagement',
          definition: 'Engagement score (0–100) of the team in the quarterly pulse survey.',
          unit: 'score (0-100)',
          direction: 'higher',
          threshold: 60,
          target: 72,
          stretch: 80,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'Engagement survey platform',
          category: 'Results',
        },
        {
          name: 'Internal customer satisfaction',
          definition:
            'Average rating (1–5) of the team’s work from the teams it serves, in a quarterly survey.',
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
          name: 'One-to-ones held',
          definition:
            'Scheduled one-to-ones that took place ÷ one-to-ones scheduled in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 75,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Calendar or one-to-one tool',
          category: 'Behaviour',
        },
        {
          name: 'Unplanned absence rate',
          definition:
            'Unplanned absence days ÷ scheduled working days for the team in the month, %.',
          unit: '%',
          direction: 'lower',
          threshold: 5,
          target: 3,
          stretch: 2,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'HRIS (absence records)',
          category: 'Behaviour',
        },
        {
          name: 'Team development goals progressed',
          definition:
            'Team members who completed a step of their agreed development goal in the quarter ÷ team members, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 85,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Performance management system',
          category: 'Development',
        },
        {
          name: 'Leadership learning hours',
          definition:
            'Hours the team lead spent in the quarter on leadership learning: courses, coaching or a ' +
            'mentoring programme.',
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
      slug: 'department-manager',
      name: 'Department Manager',
      summary:
        'Runs a department through its team leads. Translates company strategy into department ' +
        'objectives, owns the budget and headcount, builds a bench of future leaders and keeps the ' +
        'department compliant and well regarded by the rest of the business.',
      reviewCadence: 'Biannual',
      kpis: [
        {
          name: 'Department key results achieved',
          definition:
            'Department key results scored 0.7 or higher at the end of the period ÷ department key results, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 70,
          stretch: 90,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'Objectives and key results tool',
          category: 'Results',
        },
        {
          name: 'Department budget adherence',
          definition: 'Actual department spend ÷ approved budget for the year to date, %.',
          unit: '%',
          direction: 'range',
          threshold: 85,
          target: 95,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Management accounts',
          category: 'Efficiency',
        },
        {
          name: 'Regretted attrition',
          definition:
            'People the department wanted to keep who left in the last twelve months ÷ average ' +
            'headcount, %.',
          unit: '%',
          direction: 'lower',
          threshold: 15,
          target: 8,
          stretch: 4,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'HRIS (leavers marked regretted)',
          category: 'Results',
        },
        {
          name: 'Department engagement',
          definition:
            'Engagement score (0–100) of the department in the half-yearly engagement survey.',
          unit: 'score (0-100)',
          direction: 'higher',
          threshold: 60,
          target: 72,
          stretch: 80,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Engagement survey platform',
          category: 'Behaviour',
        },
        {
          name: 'Stakeholder satisfaction',
          definition:
            'Stakeholders rating the department 4 or 5 out of 5 in the half-yearly survey ÷ stakeholders who answered, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 80,
          stretch: 90,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Stakeholder survey',
          category: 'Customer',
        },
        {
          name: 'Vacancy time to fill',
          definition:
            'Median calendar days from vacancy approval to offer accepted, for department roles filled ' +
            'in the quarter.',
          unit: 'days',
          direction: 'lower',
          threshold: 75,
          target: 50,
          stretch: 35,
          weight: 5,
          frequency: 'Quarterly',
          dataSource: 'Applicant tracking system',
          category: 'Efficiency',
        },
        {
          name: 'Audit actions closed on time',
          definition:
            'Audit, risk and compliance actions closed by their due date ÷ actions due, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Risk and audit action tracker',
          category: 'Quality',
        },
        {
          name: 'Succession coverage',
          definition:
            'Critical roles with at least one successor rated ready now or within a year ÷ critical roles, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 75,
          stretch: 100,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Talent review',
          category: 'Development',
        },
        {
          name: 'Leadership programme completion',
          definition:
            'Team leads who completed the half-year’s leadership programme modules ÷ team leads enrolled, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 85,
          stretch: 100,
          weight: 10,
          frequency: 'Biannual',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
  ],
};
