/**
 * The exported role file: a role template wrapped with the file's format and version, so a role
 * designed in one spreadsheet can be imported into another (or kept as a backup).
 *
 * Decisions:
 * - Version 2 stores a percent KPI's threshold, target and stretch as fractions (0.95 for 95%), as
 *   the add-on now does everywhere. Version 1, written by earlier versions, stored whole percents
 *   (95): such a file is still read, its percent KPIs converted, and the import says which, so
 *   nothing changes scale unannounced.
 * - The sidebar writes files (role-file-format.ts, no schema); the server part reads them
 *   (role-file-import.ts), so the schema and valibot stay out of Sidebar.html.
 */
import { literal, object, picklist, safeParse } from 'valibot';
import { isPercentUnit, wholePercentsToFractions } from './percent-scale';
import { RoleTemplateSchema, toParseResult, type ParseResult } from './role-template-schema';
import { ROLE_TEMPLATE_FILE_FORMAT, ROLE_TEMPLATE_FILE_VERSION } from './role-file-format';
import type { RoleTemplate } from './types';

/** The versions it reads: 1 kept percents as whole numbers. */
const READABLE_VERSIONS = [1, ROLE_TEMPLATE_FILE_VERSION] as const;
const WHOLE_PERCENT_VERSION = 1;

const FILE_HINTS = {
  format: `set it to "${ROLE_TEMPLATE_FILE_FORMAT}" (export the role again if unsure)`,
  version: `set it to ${ROLE_TEMPLATE_FILE_VERSION} (export the role again if unsure)`,
};

const RoleTemplateFileSchema = object(
  {
    format: literal(ROLE_TEMPLATE_FILE_FORMAT, FILE_HINTS.format),
    version: picklist(READABLE_VERSIONS, FILE_HINTS.version),
    template: RoleTemplateSchema,
  },
  'the file must hold one JSON object exported by KPI Framework Builder',
);

/** A role file once read: its template in today's terms, and what reading it changed. */
export interface ImportedRoleTemplate {
  template: RoleTemplate;
  /** The version the file was written in. */
  version: (typeof READABLE_VERSIONS)[number];
  /** Names of the percent KPIs whose whole percents were turned into fractions (version 1). */
  convertedPercentKpis: string[];
}

/**
 * Validates an imported role file, given as its JSON text or as the parsed object, and brings a
 * version 1 file's percent KPIs to fractions.
 *
 * @example parseRoleTemplateFile(fileText) // { ok: true, value: { template, version: 2, convertedPercentKpis: [] } }
 */
export function parseRoleTemplateFile(input: unknown): ParseResult<ImportedRoleTemplate> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (_error) {
      return {
        ok: false,
        errors: ['file: this is not valid JSON — choose a file exported by KPI Framework Builder'],
      };
    }
  }
  const parsed = toParseResult(safeParse(RoleTemplateFileSchema, data), 'file', FILE_HINTS);
  if (!parsed.ok) return parsed;
  const { version, template } = parsed.value;
  if (version !== WHOLE_PERCENT_VERSION) {
    return { ok: true, value: { template, version, convertedPercentKpis: [] } };
  }
  const converted = template.kpis.filter((kpi) => isPercentUnit(kpi.unit));
  return {
    ok: true,
    value: {
      template: { ...template, kpis: template.kpis.map(wholePercentsToFractions) },
      version,
      convertedPercentKpis: converted.map((kpi) => kpi.name),
    },
  };
}
