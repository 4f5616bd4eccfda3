// Setting up the add-on's sheets and creating, loading and updating roles.
function notYetAvailable(name: string): never {
  throw new Error(`${name} is not available in this version of KPI Framework Builder.`);
}
export const setUpSheets = (): unknown => notYetAvailable('Set up sheets');
export const getSidebarContext = (): unknown => notYetAvailable('getSidebarContext');
export const saveRole = (_request: unknown): unknown => notYetAvailable('saveRole');
export const loadRole = (_roleName: unknown): unknown => notYetAvailable('loadRole');
