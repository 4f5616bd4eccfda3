import type { RoleFamily } from '../types';
import { defineRole } from './define-role';

const family = 'Marketing';
const slug = 'marketing';

/** Roles that build demand and tell the company's story. */
export const MARKETING: RoleFamily = {
  name: family,
  description:
    'Roles that build awareness and demand: digital channels, content that earns attention and product positioning.',
  roles: [
    defineRole(slug, family, {
      slug: 'digital-marketing-specialist',
      name: 'Digital Marketing Specialist',
      summary:
        'Runs the paid search, paid social and email programmes that bring in leads. Plans and ' +
        'launches campaigns, tests landing pages and audiences, and moves budget toward the ' +
        'channels that pay back.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Marketing-qualified leads',
          definition: 'New leads that reached the agreed lead-score threshold in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 300,
          target: 400,
          stretch: 500,
          weight: 20,
          frequency: 'Monthly',
          dataSource: 'Marketing automation platform',
          category: 'Results',
        },
        {
          name: 'Cost per marketing-qualified lead',
          definition:
            'Paid media spend ÷ marketing-qualified leads from paid channels, in the month.',
          unit: 'currency',
          direction: 'lower',
          threshold: 120,
          target: 80,
          stretch: 60,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Ad platforms and marketing automation platform',
          category: 'Efficiency',
        },
        {
          name: 'Return on ad spend',
          definition:
            'Revenue attributed to paid campaigns ÷ paid media spend, as a multiple, using the agreed ' +
            'attribution model.',
          unit: 'ratio (×)',
          direction: 'higher',
          threshold: 2,
          target: 4,
          stretch: 6,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Ad platforms and CRM attribution report',
          category: 'Results',
        },
        {
          name: 'Landing page conversion rate',
          definition: 'Form submissions ÷ unique visitors to campaign landing pages, %.',
          unit: '%',
          direction: 'higher',
          threshold: 2,
          target: 4,
          stretch: 6,
          weight: 10,
          frequency: 'Weekly',
          dataSource: 'Web analytics',
          category: 'Efficiency',
        },
        {
          name: 'Organic search growth',
          definition: 'Organic search sessions ÷ the same month last year, minus 1, %.',
          unit: '%',
          direction: 'higher',
          threshold: 0,
          target: 15,
          stretch: 30,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Web analytics',
          category: 'Results',
        },
        {
          name: 'Email click-through rate',
          definition:
            'Unique clicks ÷ delivered emails, across campaign emails sent in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 1.5,
          target: 3,
          stretch: 4.5,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Email marketing platform',
          category: 'Customer',
        },
        {
          name: 'Campaign tracking accuracy',
          definition:
            'Campaigns launched with complete tracking parameters and a verified conversion event ÷ ' +
            'campaigns launched, %.',
          unit: '%',
          direction: 'higher',
          threshold: 80,
          target: 95,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Campaign launch checklist and web analytics',
          category: 'Quality',
        },
        {
          name: 'Platform certifications',
          definition:
            'Advertising or analytics platform certifications earned or renewed in the quarter.',
          unit: 'count',
          direction: 'higher',
          threshold: 0,
          target: 1,
          stretch: 2,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Certification records',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'content-marketing-manager',
      name: 'Content Marketing Manager',
      summary:
        'Owns the editorial plan: articles, guides, case studies and newsletters that answer what ' +
        'buyers ask. Briefs writers and experts, keeps quality and search visibility high, and ' +
        'shows how content feeds the pipeline.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Content-sourced pipeline',
          definition:
            'Value of new opportunities in the quarter whose first recorded touch was a content asset.',
          unit: 'currency',
          direction: 'higher',
          threshold: 200000,
          target: 300000,
          stretch: 400000,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'CRM attribution report',
          category: 'Results',
        },
        {
          name: 'Content sessions',
          definition: 'Sessions on blog, guide and resource pages in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 20000,
          target: 30000,
          stretch: 40000,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Web analytics',
          category: 'Results',
        },
        {
          name: 'Content conversion rate',
          definition:
            'Content sessions that led to a newsletter sign-up or gated download ÷ content sessions, %.',
          unit: '%',
          direction: 'higher',
          threshold: 1,
          target: 2,
          stretch: 3,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Web analytics and marketing automation platform',
          category: 'Efficiency',
        },
        {
          name: 'Engaged reading time',
          definition: 'Average engaged seconds per content session in the month.',
          unit: 'seconds',
          direction: 'higher',
          threshold: 45,
          target: 75,
          stretch: 110,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Web analytics',
          category: 'Customer',
        },
        {
          name: 'Editorial calendar delivery',
          definition: 'Pieces published on their planned date ÷ pieces planned for the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Editorial calendar',
          category: 'Efficiency',
        },
        {
          name: 'Editorial quality score',
          definition:
            'Average score (1–5) on the editorial checklist (accuracy, brand voice, search basics) ' +
            'for a sample of five published pieces a month.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3,
          target: 4,
          stretch: 4.6,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Editorial review log',
          category: 'Quality',
        },
        {
          name: 'Priority keywords on page one',
          definition:
            'Tracked priority keywords ranking in the top ten results ÷ tracked priority keywords, %.',
          unit: '%',
          direction: 'higher',
          threshold: 20,
          target: 35,
          stretch: 50,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Search rank tracker',
          category: 'Results',
        },
        {
          name: 'Skills learning hours',
          definition:
            'Hours of structured learning completed in the quarter on an agreed skill (e.g. search, ' +
            'analytics, editorial leadership).',
          unit: 'hours',
          direction: 'higher',
          threshold: 6,
          target: 10,
          stretch: 16,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Learning management system',
          category: 'Development',
        },
      ],
    }),
    defineRole(slug, family, {
      slug: 'product-marketing-manager',
      name: 'Product Marketing Manager',
      summary:
        'Decides how a product is positioned, priced and launched, and arms sales to win with it. ' +
        'Studies buyers and competitors, writes the messaging, and runs launches from brief to ' +
        'first deals.',
      reviewCadence: 'Quarterly',
      kpis: [
        {
          name: 'Launch revenue against plan',
          definition:
            'Closed-won revenue from products launched in the last two quarters ÷ the launch ' +
            'business case for the same period, %.',
          unit: '%',
          direction: 'higher',
          threshold: 60,
          target: 100,
          stretch: 130,
          weight: 20,
          frequency: 'Quarterly',
          dataSource: 'CRM (opportunities by product)',
          category: 'Results',
        },
        {
          name: 'Competitive win rate',
          definition:
            'Closed-won ÷ closed deals where a named competitor was recorded, in the quarter, %.',
          unit: '%',
          direction: 'higher',
          threshold: 30,
          target: 45,
          stretch: 55,
          weight: 15,
          frequency: 'Quarterly',
          dataSource: 'CRM (competitor field on opportunities)',
          category: 'Results',
        },
        {
          name: 'Launch milestones on time',
          definition:
            'Launch plan milestones (messaging, enablement, web pages, announcement) met by their ' +
            'date ÷ milestones due, %.',
          unit: '%',
          direction: 'higher',
          threshold: 70,
          target: 90,
          stretch: 100,
          weight: 15,
          frequency: 'Monthly',
          dataSource: 'Launch project plan',
          category: 'Efficiency',
        },
        {
          name: 'Sales enablement usage',
          definition:
            'Sellers who opened the current pitch deck, battlecards or demo script in the month ÷ ' +
            'active sellers, %.',
          unit: '%',
          direction: 'higher',
          threshold: 50,
          target: 75,
          stretch: 90,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Sales enablement platform',
          category: 'Customer',
        },
        {
          name: 'Seller confidence in messaging',
          definition:
            'Average rating (1–5) sellers give the product messaging and materials in the quarterly ' +
            'field survey.',
          unit: 'score (1-5)',
          direction: 'higher',
          threshold: 3,
          target: 4,
          stretch: 4.5,
          weight: 10,
          frequency: 'Quarterly',
          dataSource: 'Field survey',
          category: 'Quality',
        },
        {
          name: 'Buyer interviews held',
          definition:
            'Interviews with customers, prospects or lost buyers completed and written up in the month.',
          unit: 'count',
          direction: 'higher',
          threshold: 2,
          target: 4,
          stretch: 6,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Research repository',
          category: 'Behaviour',
        },
        {
          name: 'Product page conversion rate',
          definition:
            'Demo or trial requests ÷ unique visitors to the product’s web pages in the month, %.',
          unit: '%',
          direction: 'higher',
          threshold: 1,
          target: 2.5,
          stretch: 4,
          weight: 10,
          frequency: 'Monthly',
          dataSource: 'Web analytics',
          category: 'Efficiency',
        },
        {
          name: 'Market and pricing learning',
          definition:
            'Hours in the quarter on agreed learning in pricing, market research or positioning ' +
            '(courses, workshops or a mentoring programme).',
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
  ],
};
