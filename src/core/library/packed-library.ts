/**
 * The role library packed for the sidebar: the same families, roles and KPIs with each field in a
 * fixed position instead of under its name, and the few words that repeat on every KPI (units,
 * directions, frequencies, aggregations, categories, cadences) listed once. It carries the same
 * content in about half the bytes, which keeps Sidebar.html within its size budget.
 *
 * Decisions:
 * - build.js packs the library from the family files at build time and checks that unpacking
 *   gives the library back exactly; the sidebar unpacks it once when it loads. Tests and the
 *   server read the family files themselves.
 */
import type { LibraryKpi, LibraryRole, RoleFamily } from '../types';

/** The fields of a KPI in their packed order. */
const KPI_FIELDS = [
  'name',
  'definition',
  'unit',
  'direction',
  'threshold',
  'target',
  'stretch',
  'weight',
  'frequency',
  'aggregation',
  'dataSource',
  'category',
  'reviewCadence',
] as const satisfies ReadonlyArray<keyof LibraryKpi>;

/** Fields whose few values repeat across KPIs: packed as an index into `words`. */
const WORD_FIELDS: ReadonlySet<string> = new Set([
  'unit',
  'direction',
  'frequency',
  'aggregation',
  'category',
  'reviewCadence',
]);

type PackedValue = string | number | null;
type PackedKpi = PackedValue[];
type PackedRole = [id: string, name: string, summary: string, kpis: PackedKpi[]];
type PackedFamily = [name: string, description: string, roles: PackedRole[]];

/** The packed library: plain JSON. */
export interface PackedLibrary {
  words: string[];
  families: PackedFamily[];
}

/**
 * The library packed for shipping.
 *
 * @example JSON.stringify(packLibrary(ROLE_LIBRARY)).length // about half of JSON.stringify(ROLE_LIBRARY).length
 */
export function packLibrary(library: readonly RoleFamily[]): PackedLibrary {
  const words: string[] = [];
  const wordIndex = new Map<string, number>();
  const word = (value: string): number => {
    let index = wordIndex.get(value);
    if (index === undefined) {
      index = words.length;
      words.push(value);
      wordIndex.set(value, index);
    }
    return index;
  };
  const packKpi = (kpi: LibraryKpi): PackedKpi =>
    KPI_FIELDS.map((field) => {
      const value = kpi[field];
      return WORD_FIELDS.has(field) ? word(String(value)) : value;
    });
  return {
    words,
    families: library.map((family) => [
      family.name,
      family.description,
      family.roles.map((role) => [role.id, role.name, role.summary, role.kpis.map(packKpi)]),
    ]),
  };
}

/**
 * The library a packed copy holds.
 *
 * @example unpackLibrary(packLibrary(ROLE_LIBRARY)) // deep-equals ROLE_LIBRARY
 */
export function unpackLibrary(packed: PackedLibrary): RoleFamily[] {
  const unpackKpi = (values: PackedKpi): LibraryKpi => {
    const kpi: Record<string, PackedValue> = {};
    KPI_FIELDS.forEach((field, index) => {
      const value = values[index] ?? null;
      kpi[field] = WORD_FIELDS.has(field) ? (packed.words[Number(value)] ?? '') : value;
    });
    // The packer wrote every field of LibraryKpi, in KPI_FIELDS order.
    return kpi as unknown as LibraryKpi;
  };
  return packed.families.map(([name, description, roles]) => ({
    name,
    description,
    roles: roles.map(([id, roleName, summary, kpis]): LibraryRole => ({
      id,
      family: name,
      name: roleName,
      summary,
      kpis: kpis.map(unpackKpi),
    })),
  }));
}
