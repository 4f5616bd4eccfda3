/**
 * The sidebar: one page, five tabbed views and the views the add-on menu opens. The server picks
 * the first view (`<body data-view>`); the tabs at the top move between the tabbed ones without
 * reopening the sidebar. A menu view shows no tabs (they must stay one line at 300 px), only its
 * title and a way back to them.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ROLE_LIBRARY } from '../core/library';
import { convertWholePercentRole } from '../core/percent-scale';
import type { LibraryRole, RoleTemplate } from '../core/types';
import { applyLibraryRole, blankDraft, draftFromTemplate, type Draft } from './draft';
import { SIDEBAR_VIEWS, type SidebarView } from '../core/sidebar-api';
import { callServer, type SidebarContext } from './server-api';
import { ErrorBanner, Loading, useServerTask } from './ui';
import { EditRoleView } from './views/edit-role-view';
import { HelpView } from './views/help-view';
import { LibraryView } from './views/library-view';
import { ObjectivesView } from './views/objectives-view';
import { ArchivePeriodsView } from './views/people/archive-periods-view';
import { CheckPeopleView } from './views/people/check-people-view';
import { ClosePeriodView } from './views/people/close-period-view';
import { EnterActualsView } from './views/people/enter-actuals-view';
import { StartPeriodView } from './views/people/start-period-view';
import { RenameRoleView } from './views/rename-role-view';
import { ReviewKpisView } from './views/review-kpis-view';
import { SettingsView } from './views/settings-view';
import { Wizard } from './wizard/wizard';

/** The views that have a tab; the others open from the add-on menu. */
export const TAB_VIEWS = ['new-role', 'edit-role', 'library', 'settings', 'help'] as const;
type TabView = (typeof TAB_VIEWS)[number];

/** The People menu's views, each loading what it needs itself. */
const PEOPLE_VIEWS = {
  'check-people': CheckPeopleView,
  'start-period': StartPeriodView,
  'enter-actuals': EnterActualsView,
  'close-period': ClosePeriodView,
  'archive-periods': ArchivePeriodsView,
} satisfies Partial<Record<SidebarView, (props: { onBack: () => void }) => unknown>>;

function isPeopleView(view: SidebarView): view is keyof typeof PEOPLE_VIEWS {
  return view in PEOPLE_VIEWS;
}

/** Views that show the spreadsheet's sidebar context (roles, objectives, settings). */
const CONTEXT_VIEWS: readonly SidebarView[] = ['new-role', 'edit-role', 'library', 'rename-role'];

/**
 * Whether a view has a tab; the others are opened from the add-on menu.
 *
 * @example isTabView('objectives') // false
 */
export function isTabView(view: SidebarView): view is TabView {
  return (TAB_VIEWS as readonly string[]).includes(view);
}

const TAB_LABELS: Record<TabView, string> = {
  'new-role': 'New role',
  'edit-role': 'Edit role',
  library: 'Library',
  settings: 'Settings',
  help: 'Help',
};

/**
 * The view named by the page, or the wizard when the name is missing or unknown (e.g. the
 * template was opened without a view).
 *
 * @example sidebarViewFrom('library') // 'library'
 */
export function sidebarViewFrom(name: string | undefined): SidebarView {
  return SIDEBAR_VIEWS.find((view) => view === name) ?? 'new-role';
}

/** A wizard on screen, keyed so that a new start resets all its state. */
interface OpenWizard {
  key: number;
  draft: Draft;
  /** Whether the wizard takes focus when it appears (the control that opened it is gone). */
  focusOnOpen: boolean;
  /** Said once at the top of the wizard, e.g. what an import brought in. */
  notice?: string;
}

/**
 * What the wizard says when it opens a role an earlier version saved with whole percents.
 *
 * @example wholePercentRoleNotice(3) // 'This role was saved by an earlier version, …'
 */
export function wholePercentRoleNotice(count: number): string {
  return (
    'This role was saved by an earlier version, which kept percents as whole numbers (95 for 95%). ' +
    `Its ${count === 1 ? 'percent KPI is' : `${count} percent KPIs are`} shown in percents here. ` +
    'Saving stores them as Sheets stores percents (95% as 0.95) on a new scorecard version, with ' +
    'the actuals typed so far carried over as percents; the current scorecard keeps its scores.'
  );
}

export function App({ initialView }: { initialView: SidebarView }) {
  const [view, setView] = useState<SidebarView>(initialView);
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [wizard, setWizard] = useState<OpenWizard | null>(null);
  const loading = useServerTask();
  const needsContext = CONTEXT_VIEWS.includes(view);
  // A menu view goes back to the tab the person was on, or to New role when it opened first.
  const [lastTab, setLastTab] = useState<TabView>(
    isTabView(initialView) ? initialView : 'new-role',
  );
  const backToTabs = () => switchTo(lastTab);

  const loadContext = useCallback(async () => {
    const result = await loading.run(() => callServer('getSidebarContext'));
    if (result) setContext(result);
    return result;
  }, [loading.run]);

  useEffect(() => {
    if (needsContext && !context && !loading.busy && !loading.error) void loadContext();
  }, [needsContext, context]);

  const openWizard = (draft: Draft, notice?: string) => {
    setWizard((current) => ({
      key: (current?.key ?? 0) + 1,
      draft,
      focusOnOpen: true,
      ...(notice ? { notice } : {}),
    }));
    setView(draft.mode === 'update' ? 'edit-role' : 'new-role');
  };
  const startFromLibrary = (role: LibraryRole) => {
    if (context) openWizard(applyLibraryRole(blankDraft(context), role));
  };
  const startEditing = (saved: RoleTemplate) => {
    if (!context) return;
    // A role saved by an earlier version keeps whole percents (95 for 95%); it is shown in
    // percents and saved as fractions, and the person is told before anything is written.
    const { kpis, converted } = convertWholePercentRole(saved.kpis);
    const template = { ...saved, kpis };
    openWizard(
      draftFromTemplate(context, template, 'update'),
      converted.length ? wholePercentRoleNotice(converted.length) : undefined,
    );
  };
  // An imported file is always a new role, even when it arrives while a role is being edited:
  // the New role tab takes over and the edited role stays as saved.
  const importRole = (template: RoleTemplate, notice: string) => {
    if (context) {
      openWizard(
        draftFromTemplate(context, template, 'create'),
        `Imported "${template.role}" with ${template.kpis.length} KPIs.${notice ? ` ${notice}` : ''}`,
      );
    }
  };
  const switchTo = (next: SidebarView) => {
    // Leaving a wizard for another tab keeps it; the New role tab always shows a wizard.
    if (next === 'edit-role' && wizard?.draft.mode === 'create') setWizard(null);
    if (next === 'new-role' && wizard?.draft.mode === 'update') setWizard(null);
    if (isTabView(next)) setLastTab(next);
    setView(next);
  };

  let body;
  if (needsContext && !context) {
    body = loading.error ? (
      <>
        <ErrorBanner message={loading.error} />
        <button type="button" class="secondary" onClick={() => void loadContext()}>
          Try again
        </button>
      </>
    ) : (
      <Loading label="Loading your spreadsheet…" />
    );
  } else if (view === 'objectives') {
    body = <ObjectivesView onBack={backToTabs} />;
  } else if (view === 'review-kpis') {
    body = <ReviewKpisView onBack={backToTabs} />;
  } else if (isPeopleView(view)) {
    const PeopleView = PEOPLE_VIEWS[view];
    body = <PeopleView onBack={backToTabs} />;
  } else if (context && view === 'rename-role') {
    body = (
      <RenameRoleView context={context} onBack={backToTabs} onRenamed={() => void loadContext()} />
    );
  } else if (!isTabView(view)) {
    // A view this version does not have yet (e.g. a newer menu item): say so, with the way back.
    body = (
      <>
        <p class="notice">
          This part of KPI Framework Builder is not available in this version yet.
        </p>
        <button type="button" class="secondary" onClick={backToTabs}>
          Back to the sidebar
        </button>
      </>
    );
  } else if (view === 'help') {
    body = <HelpView />;
  } else if (view === 'settings') {
    body = <SettingsView />;
  } else if (context && view === 'library') {
    body = (
      <LibraryView
        library={ROLE_LIBRARY}
        registerRoles={context.roles}
        onStart={startFromLibrary}
      />
    );
  } else if (context && view === 'edit-role' && (!wizard || wizard.draft.mode !== 'update')) {
    body = (
      <EditRoleView
        context={context}
        onLoaded={startEditing}
        onStartNew={() => switchTo('new-role')}
      />
    );
  } else if (context) {
    const open = wizard ?? { key: 0, draft: blankDraft(context), focusOnOpen: false };
    body = (
      <Wizard
        key={open.key}
        context={context}
        initialDraft={open.draft}
        focusOnOpen={open.focusOnOpen}
        {...(open.notice ? { notice: open.notice } : {})}
        onImport={importRole}
        onSaved={() => void loadContext()}
        onEditExisting={startEditing}
        onStartOver={() => {
          setWizard({ key: open.key + 1, draft: blankDraft(context), focusOnOpen: true });
          setView('new-role');
        }}
      />
    );
  }

  if (!isTabView(view)) return body;
  return (
    <>
      <nav class="tabs" aria-label="Sidebar sections">
        {TAB_VIEWS.map((item) => (
          <button
            key={item}
            type="button"
            class="tab"
            aria-current={item === view ? 'page' : undefined}
            onClick={() => switchTo(item)}
          >
            {TAB_LABELS[item]}
          </button>
        ))}
      </nav>
      {body}
    </>
  );
}
