import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'IT/Development';
const slug = 'it-development';

/** Roles that build software and keep systems and people's tools running. */
export const IT_DEVELOPMENT: RoleFamily = {
  name: family,
  description:
    'Roles that build and run software and keep everyone’s tools working: engineering, platform and support.',
  roles: [
    defineRole(slug, family, {
      slug: 'software-engineer',
      name: 'Software Engineer',
      summary:
        'Designs, builds, tests and ships features on the product team. Writes maintainable code ' +
        'with automated tests, reviews colleagues’ changes, and owns what they ship through to ' +
        'production.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Roadmap items delivered',
          definition:
            'Roadmap items committed for the quarter that are live in production ÷ items committed, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 85,
          stretch: 100,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'Issue tracker (roadmap epics)',
          category: 'Results',
        },
        {
          name: 'Change lead time',
          definition:
            'Median hours from first commit to running in production, for the engineer’s changes ' +
            'deployed in the month.',
          unit: 'hours',
          direction: 'lower',
          threshold: 168,
          target: 48,
          stretch: 24,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Version control and deployment pipeline',
          category: 'Efficiency',
        },
        {
          name: 'Change failure rate',
          definition:
            'The engineer’s deployments that caused an incident, hotfix or rollback ÷ their deployments, %.',
          unit: '%',
          direction: 'lower',
          threshold: 20,
          target: 10,
          stretch: 5,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Deployment pipeline and incident tracker',
          category: 'Quality',
        },
        {
          name: 'Escaped defects',
          definition:
            'Bugs found in production in the month that trace back to the engineer’s changes.',
          unit: 'count',
          direction: 'lower',
          threshold: 4,
          target: 1,
          stretch: 0,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Issue tracker (bugs with root cause)',
          category: 'Quality',
        },
        {
          name: 'Sprint commitment reliability',
          definition:
            'Story points completed ÷ story points committed at sprint planning, averaged over the ' +
            'month’s sprints, %. Far above 100% means commitments were padded.',
          unit: '%',
          direction: 'range',
          threshold: 60,
          target: 85,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Issue tracker (sprint reports)',
          category: 'Results',
        },
        {
          name: 'Code review turnaround',
          definition:
            'Median working hours from a review request to the engineer’s first review comment or approval.',
          unit: 'hours',
          direction: 'lower',
          threshold: 24,
          target: 8,
          stretch: 4,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Version control (pull request events)',
          category: 'Behaviour',
        },
        {
          name: 'Test coverage of changed code',
          definition:
            'Changed lines covered by automated tests ÷ changed lines, across the month’s merges, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 80,
          stretch: 90,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Continuous integration coverage report',
          category: 'Quality',
        },
        {
          name: 'Technical learning hours',
          definition:
            'Hours in the quarter spent on agreed technical learning: courses, certification study or ' +
            'preparing an internal tech talk.',
          unit: 'hours',
          direction: 'higher',
          threshold: 8,
          target: 16,
          stretch: 24,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning log',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'it-support-specialist',
      name: 'IT Support Specialist',
      summary:
        'The first stop when technology gets in someone’s way. Resolves incidents and requests ' +
        'from the service desk, sets up devices and accounts for new starters, and writes the ' +
        'knowledge articles that stop the same problem coming back.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'First contact resolution',
          definition: 'Tickets resolved at first contact without escalation ÷ tickets handled, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 75,
          stretch: 85,
          weight: 20,
          frequency: 'Weekly',
          dataSource: 'IT service management tool',
          category: 'Efficiency',
        },
        {
          name: 'Resolution within service level',
          definition:
            'Incidents resolved within the target time for their priority ÷ incidents resolved, %.',
          unit: '%',
          direction: 'higher',
          threshold: 85,
          target: 95,
          stretch: 99,
          weight: 20,
          frequency: 'Weekly',
          dataSource: 'IT service management tool',
          category: 'Results',
        },
        {
          name: 'Median time to resolve',
          definition:
            'Median working hours from ticket creation to resolution, for tickets resolved in the week.',
          unit: 'hours',
          direction: 'lower',
          threshold: 16,
          target: 8,
          stretch: 4,
          weight: 10,
          frequency: 'Weekly',
          dataSource: 'IT service management tool',
          category: 'Efficiency',
        },
        {
          name: 'User satisfaction',
          definition:
            'Resolved tickets rated 4 or 5 on the 1–5 satisfaction survey ÷ rated tickets, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 90,
          stretch: 96,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'IT service management tool (satisfaction survey)',
          category: 'Customer',
        },
        {
          name: 'Ticket reopen rate',
          definition: 'Tickets reopened within seven days of resolution ÷ tickets resolved, %.',
          unit: '%',
          direction: 'lower',
          threshold: 10,
          target: 5,
          stretch: 2,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'IT service management tool',
          category: 'Quality',
        },
        {
          name: 'New starters ready on day one',
          definition:
            'New starters whose device, accounts and access were ready before their first day ÷ new starters, %.',
          unit: '%',
          direction: 'higher',
          threshold: 85,
          target: 98,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'IT service management tool and HRIS start dates',
          category: 'Customer',
        },
        {
          name: 'Knowledge articles published',
          definition:
            'New or substantially updated knowledge base articles approved and published in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 1,
          target: 3,
          stretch: 5,
          weight: 5,
          frequency: 'Monthly',
          dataSource: 'Knowledge base',
          category: 'Behaviour',
        },
        {
          name: 'Certification path progress',
          definition:
            'Modules of the agreed certification path (e.g. a vendor or service management ' +
            'certification) completed in the quarter.',
          unit: 'count',
          direction: 'higher',
          threshold: 1,
          target: 3,
          stretch: 5,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'devops-engineer',
      name: 'DevOps Engineer',
      summary:
        'Builds and runs the platform the product runs on. Automates infrastructure and ' +
        'deployments, keeps services reliable and secure, leads incident response and keeps cloud ' +
        'spend in check.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Service availability',
          definition:
            'Minutes the production service met its availability objective ÷ minutes in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 99.5,
          target: 99.9,
          stretch: 99.95,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Monitoring and uptime checks',
          category: 'Results',
        },
        {
          name: 'Time to restore service',
          definition:
            'Median minutes from incident detection to service restored, for incidents in the month.',
          unit: 'minutes',
          direction: 'lower',
          threshold: 240,
          target: 60,
          stretch: 30,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Incident management tool',
          category: 'Quality',
        },
        {
          name: 'Deployment frequency',
          definition: 'Production deployments per week, averaged over the month.',
          unit: 'deploys per week',
          direction: 'higher',
          threshold: 2,
          target: 5,
          stretch: 10,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Deployment pipeline',
          category: 'Efficiency',
        },
        {
          name: 'Pipeline reliability',
          definition:
            'Main-branch pipeline runs that did not fail for an infrastructure reason ÷ pipeline runs, %.',
          unit: '%',
          direction: 'higher',
          threshold: 90,
          target: 97,
          stretch: 99,
          weight: 10,
          frequency: 'Weekly',
          dataSource: 'Continuous integration system',
          category: 'Quality',
        },
        {
          name: 'Critical vulnerabilities fixed in policy',
          definition:
            'Critical and high vulnerabilities fixed within the policy window ÷ critical and high ' +
            'vulnerabilities due in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Vulnerability scanner',
          category: 'Results',
        },
        {
          name: 'Cloud spend against budget',
          definition:
            'Cloud spend ÷ cloud budget for the month, %. Well under budget often means over-tight ' +
            'capacity; over budget is waste.',
          unit: '%',
          direction: 'range',
          threshold: 75,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Cloud billing reports',
          category: 'Efficiency',
        },
        {
          name: 'Infrastructure as code coverage',
          definition:
            'Production resources managed through infrastructure code ÷ production resources, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 98,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Infrastructure code state and cloud inventory',
          category: 'Quality',
        },
        {
          name: 'Platform competency assessment',
          definition:
            'Average of self and lead ratings (1–5) on the platform engineering competency matrix, ' +
            'assessed each quarter.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 2.5,
          target: 3.5,
          stretch: 4.2,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Competency matrix review',
          category: 'Development',
        },
      ],
    }),
  ],
};
