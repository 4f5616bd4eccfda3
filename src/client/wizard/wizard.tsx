/**
 * The role wizard: role → objectives → KPIs → review → preview → create. The same wizard edits an
 * existing role (mode "update") and holds an imported file.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assessDraft } from '../assessment';
import { draftFromTemplate, type Draft } from '../draft';
import { readRoleFile, roleFileName, roleFileText } from '../role-file';
import { callServer, type SaveRoleResult, type SidebarContext } from '../server-api';
import { ErrorBanner, useServerTask } from '../ui';
import { KpisStep } from './kpis-step';
import { ObjectivesStep } from './objectives-step';
import { PreviewStep } from './preview-step';
import { ReviewStep } from './review-step';
import { RoleStep } from './role-step';

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
  /** Called after a successful save, so the caller can refresh the roles list. */
  onSaved: (result: SaveRoleResult) => void;
  onStartOver: () => void;
}

export function Wizard({ context, initialDraft, onSaved, onStartOver }: WizardProps) {
  const [draft, setDraft] = useState(initialDraft);
  const [step, setStep] = useState<StepId>('role');
  const [saved, setSaved] = useState<SaveRoleResult | null>(null);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [fileNotice, setFileNotice] = useState('');
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  const save = useServerTask();
  const heading = useRef<HTMLHeadingElement>(null);
  const categories = context.categories.length ? context.categories : context.settings.categories;
  const assessment = useMemo(() => assessDraft(draft, categories), [draft, categories]);
  const stepIndex = STEPS.findIndex((item) => item.id === step);

  useEffect(() => {
    // The first step is usable from here on; the bench and the tests wait for this mark.
    document.body.dataset.ready = 'true';
    if (typeof performance.mark === 'function') performance.mark('kpi-sidebar-ready');
  }, []);
  useEffect(
    () => () => {
      if (download) URL.revokeObjectURL(download.url);
    },
    [download],
  );

  const goTo = (next: StepId) => {
    setStep(next);
    heading.current?.focus();
  };
  const submit = async () => {
    if (assessment.blockers.length) return;
    const result = await save.run(() =>
      callServer('saveRole', { template: assessment.template, mode: draft.mode }),
    );
    if (result) {
      setSaved(result);
      onSaved(result);
    }
  };
  const exportFile = () => {
    const blob = new Blob([roleFileText(assessment.template)], { type: 'application/json' });
    if (download) URL.revokeObjectURL(download.url);
    setDownload({ url: URL.createObjectURL(blob), name: roleFileName(assessment.template.role) });
  };
  const importFile = async (file: File | undefined) => {
    setFileErrors([]);
    setFileNotice('');
    if (!file) return;
    const result = readRoleFile(await file.text());
    if (!result.ok) {
      setFileErrors(result.errors);
      return;
    }
    setDraft(draftFromTemplate(context, result.template, 'create'));
    setSaved(null);
    setFileNotice(`Imported "${result.template.role}" with ${result.template.kpis.length} KPIs.`);
    goTo('role');
  };

  if (saved) {
    return (
      <section class="done" aria-labelledby="done-title">
        <h2 id="done-title" tabIndex={-1}>
          {saved.mode === 'update' ? 'Role updated' : 'Role created'}
        </h2>
        <p>
          {`${saved.kpiIds.length} KPIs are in the KPI Register; the scorecard is on the sheet `}
          <strong>{saved.sheetName}</strong>.
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
      <h1 ref={heading} tabIndex={-1} class="wizard-title">
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
      {fileNotice ? (
        <p class="notice" role="status">
          {fileNotice}
        </p>
      ) : null}
      {!context.sheetsReady ? (
        <p class="notice">
          The KPI Register and Objectives sheets are set up when you create the first role.
        </p>
      ) : null}
      {step === 'role' ? (
        <RoleStep draft={draft} library={context.library} onChange={setDraft} />
      ) : step === 'objectives' ? (
        <ObjectivesStep draft={draft} onChange={setDraft} />
      ) : step === 'kpis' ? (
        <KpisStep
          draft={draft}
          assessment={assessment}
          categories={categories}
          onChange={setDraft}
        />
      ) : step === 'review' ? (
        <ReviewStep draft={draft} onChange={setDraft} />
      ) : (
        <PreviewStep
          draft={draft}
          assessment={assessment}
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
      <details class="file-tools">
        <summary>Export or import this role as JSON</summary>
        <div class="file-row">
          <button type="button" class="secondary" onClick={exportFile}>
            Export JSON
          </button>
          {download ? (
            <a href={download.url} download={download.name} class="download">
              {`Download ${download.name}`}
            </a>
          ) : null}
        </div>
        <div class="field">
          <label for="import-file">Import a role file (.json)</label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              void importFile(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </div>
        {fileErrors.length ? (
          <div class="error-banner" role="alert">
            <p>That file cannot be imported:</p>
            <ul>
              {fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </details>
      {save.error && step !== 'preview' ? (
        <ErrorBanner message={save.error} onDismiss={save.clearError} />
      ) : null}
    </div>
  );
}
