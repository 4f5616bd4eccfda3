/**
 * The role wizard: role → objectives → KPIs → review → preview → create. The same wizard edits an
 * existing role (mode "update") and holds an imported file.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ROLE_LIBRARY } from '../../core/library';
import type { RoleTemplate } from '../../core/types';
import { assessDraft } from '../assessment';
import { existingRoleNamed, type Draft } from '../draft';
import { callServer, type SaveRoleResult, type SidebarContext } from '../server-api';
import { ErrorBanner, useServerTask } from '../ui';
import { KpisStep } from './kpis-step';
import { ObjectivesStep } from './objectives-step';
import { PreviewStep } from './preview-step';
import { ReviewStep } from './review-step';
import { RoleFilePanel } from './role-file-panel';
import { RoleNameConflict } from './role-name-conflict';
import { RoleStep, ROLE_NAME_FIELD_ID } from './role-step';

const STEPS = [
  { id: 'role', label: 'Role' },
  { id: 'objectives', label: 'Objectives' },
  { id: 'kpis', label: 'KPIs' },
  { id: 'review', label: 'Review' },
  { id: 'preview', label: 'Preview' },
] as const;

type StepId = (typeof STEPS)[number]['id'];

interface WizardProps {
  context: SidebarContext;
  initialDraft: Draft;
  /** Puts focus on the first step's heading once the wizard is on screen. */
  focusOnOpen?: boolean;
  /** A status line shown above the steps, e.g. what an import brought in. */
  notice?: string;
  /**
   * Called with a role file that passed validation, and what reading it changed; the caller opens
   * it as a new role.
   */
  onImport: (template: RoleTemplate, notice: string) => void;
  /** Called after a successful save, so the caller can refresh the roles list. */
  onSaved: (result: SaveRoleResult) => void;
  onStartOver: () => void;
  /** Opens a role of the register for editing (offered when the new role's name is taken). */
  onEditExisting: (template: RoleTemplate) => void;
}

export function Wizard({
  context,
  initialDraft,
  focusOnOpen = false,
  notice = '',
  onImport,
  onSaved,
  onStartOver,
  onEditExisting,
}: WizardProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [step, setStep] = useState<StepId>('role');
  const [saved, setSaved] = useState<SaveRoleResult | null>(null);
  const save = useServerTask();
  const loadExisting = useServerTask();
  // Where focus goes once the next render is on screen: a step's heading, or a field to fix.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(
    focusOnOpen ? { id: 'role-step-title' } : null,
  );
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const categories = context.categories.length ? context.categories : context.settings.categories;
  const assessment = useMemo(() => assessDraft(draft, categories), [draft, categories]);
  const stepIndex = STEPS.findIndex((item) => item.id === step);
  const conflict =
    draft.mode === 'create' ? existingRoleNamed(context.roles, draft.role) : undefined;
  const blockers = conflict
    ? [
        `A role named "${conflict.name}" is already in the KPI Register — choose another name on the Role step, or edit that role.`,
        ...assessment.blockers,
      ]
    : assessment.blockers;

  useEffect(() => {
    // The first step is usable from here on; the bench and the tests wait for this mark.
    document.body.dataset.ready = 'true';
    if (typeof performance.mark === 'function') performance.mark('kpi-sidebar-ready');
  }, []);
  useLayoutEffect(() => {
    // Moving to a step puts focus on its heading, so a screen reader says where the person is
    // and Tab continues from the top of the step.
    if (!focusRequest) return;
    const target = document.getElementById(focusRequest.id);
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }, [focusRequest]);
  useLayoutEffect(() => {
    if (saved) doneHeading.current?.focus();
  }, [saved]);

  const goTo = (next: StepId, focusId = `${next}-step-title`) => {
    setStep(next);
    setFocusRequest({ id: focusId });
  };
  const chooseAnotherName = () => goTo('role', ROLE_NAME_FIELD_ID);
  const editExisting = async () => {
    if (!conflict) return;
    const template = await loadExisting.run(() => callServer('loadRole', conflict.name));
    if (template) onEditExisting(template);
  };
  const nameConflict = conflict ? (
    <>
      <RoleNameConflict
        existing={conflict}
        loading={loadExisting.busy}
        onEditExisting={() => void editExisting()}
        onRename={chooseAnotherName}
      />
      <ErrorBanner message={loadExisting.error} onDismiss={loadExisting.clearError} />
    </>
  ) : null;
  const submit = async () => {
    if (blockers.length) return;
    const result = await save.run(async () => {
      const saved = await callServer('saveRole', {
        template: assessment.template,
        mode: draft.mode,
      });
      // Reminders belong to the spreadsheet: the switch is its own call, after the role is saved.
      if (assessment.template.reminders) {
        try {
          await callServer('setReviewReminders', true);
        } catch (error) {
          saved.warnings.push(
            `The role was saved, but review reminders could not be turned on (${(error as Error).message}). ` +
              'Turn them on in Settings or from the add-on menu: "Turn review reminders on/off".',
          );
        }
      }
      return saved;
    });
    if (result) {
      setSaved(result);
      onSaved(result);
    }
  };

  if (saved) {
    return (
      <section class="done" aria-labelledby="done-title">
        <h2 id="done-title" ref={doneHeading} tabIndex={-1}>
          {saved.mode === 'update' ? 'Role updated' : 'Role created'}
        </h2>
        <p>
          {`${saved.kpiIds.length} KPIs are in the KPI Register; the scorecard is on the sheet `}
          <strong>{saved.sheetName}</strong>.
        </p>
        <p class="hint">
          Managers type each period&apos;s actuals into the scorecard; scores, the weighted total
          and the rating update by themselves.
        </p>
        {saved.createdObjectiveIds.length ? (
          <p>{`New objectives: ${saved.createdObjectiveIds.join(', ')}.`}</p>
        ) : null}
        {saved.warnings.length ? (
          <ul class="findings">
            {saved.warnings.map((warning) => (
              <li key={warning} class="warning">
                {warning}
              </li>
            ))}
          </ul>
        ) : null}
        <div class="actions">
          <button type="button" class="action" onClick={onStartOver}>
            Start another role
          </button>
        </div>
      </section>
    );
  }

  return (
    <div class="wizard">
      <h1 class="wizard-title">
        {draft.mode === 'update' ? `Edit role: ${draft.originalRole}` : 'New role'}
      </h1>
      <nav aria-label="Wizard steps">
        <ol class="steps">
          {STEPS.map((item, index) => (
            <li key={item.id}>
              <button
                type="button"
                class="step"
                aria-current={item.id === step ? 'step' : undefined}
                onClick={() => goTo(item.id)}
              >
                <span class="step-number">{index + 1}</span>
                {item.label}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {notice ? (
        <p class="notice" role="status">
          {notice}
        </p>
      ) : null}
      {!context.sheetsReady && step === 'role' ? (
        <p class="notice">
          The KPI Register and Objectives sheets are set up when you create the first role.
        </p>
      ) : null}
      {step === 'role' ? (
        <RoleStep
          draft={draft}
          library={ROLE_LIBRARY}
          onChange={setDraft}
          nameConflict={nameConflict}
        />
      ) : step === 'objectives' ? (
        <ObjectivesStep draft={draft} onChange={setDraft} />
      ) : step === 'kpis' ? (
        <KpisStep
          draft={draft}
          assessment={assessment}
          categories={categories}
          onChange={setDraft}
          health={context.health}
        />
      ) : step === 'review' ? (
        <ReviewStep draft={draft} onChange={setDraft} />
      ) : (
        <PreviewStep
          draft={draft}
          assessment={assessment}
          blockers={blockers}
          nameConflict={nameConflict}
          saving={save.busy}
          error={save.error}
          onSave={submit}
          onDismissError={save.clearError}
        />
      )}
      <div class="actions step-actions">
        {stepIndex > 0 ? (
          <button
            type="button"
            class="secondary"
            onClick={() => goTo(STEPS[stepIndex - 1]?.id ?? 'role')}
          >
            Back
          </button>
        ) : null}
        {stepIndex < STEPS.length - 1 ? (
          <button
            type="button"
            class="action"
            onClick={() => goTo(STEPS[stepIndex + 1]?.id ?? 'preview')}
          >
            {`Next: ${STEPS[stepIndex + 1]?.label ?? ''}`}
          </button>
        ) : null}
      </div>
      <RoleFilePanel template={assessment.template} mode={draft.mode} onImport={onImport} />
      {save.error && step !== 'preview' ? (
        <ErrorBanner message={save.error} onDismiss={save.clearError} />
      ) : null}
    </div>
  );
}
