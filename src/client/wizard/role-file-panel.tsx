/**
 * Export and import of the role as JSON. "Export JSON" downloads the file at once, through a Blob
 * link clicked for the person. The sidebar runs in Apps Script's sandboxed iframe, where a
 * download may be blocked without any sign the page can see (Chrome only logs it), so the
 * exported text is also shown to copy, with the link to try again; an import takes pasted text as
 * well as a file.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RoleTemplate } from '../../core/types';
import type { Draft } from '../draft';
import { MAX_ROLE_FILE_BYTES, ROLE_FILE_TOO_LARGE, roleFileName, roleFileText } from '../role-file';
import { callServer, errorText } from '../server-api';

interface RoleFilePanelProps {
  template: RoleTemplate;
  /** Whether the wizard holds a new role or edits a saved one (an import always starts a new one). */
  mode: Draft['mode'];
  /** Called with a template that passed validation, and what reading it changed ('' if nothing). */
  onImport: (template: RoleTemplate, notice: string) => void;
}

interface Exported {
  /** The template the text was made from; once the role is edited, the text is stale. */
  from: RoleTemplate;
  text: string;
  name: string;
  url: string | null;
}

/** Where the rejected text came from, so the error says "file" or "text" as the person did. */
type ImportSource = 'file' | 'text';

/**
 * Copies the text with the Clipboard API when the sandbox allows it; otherwise selects the text so
 * the person can copy it themselves.
 *
 * @example await copyText(textarea) // 'copied' or 'selected'
 */
async function copyText(box: HTMLTextAreaElement): Promise<'copied' | 'selected'> {
  try {
    if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
      await navigator.clipboard.writeText(box.value);
      return 'copied';
    }
  } catch (_blocked) {
    // The iframe has no clipboard permission: fall through to selecting the text.
  }
  box.focus();
  box.select();
  return 'selected';
}

const COPY_KEYS = /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';

/**
 * Downloads the file behind a Blob URL as the person's click on Export asked: a link with a
 * `download` name, clicked once and removed.
 *
 * @example startDownload(URL.createObjectURL(blob), 'account-executive.kpi-role.json')
 */
function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

export function RoleFilePanel({ template, mode, onImport }: RoleFilePanelProps) {
  const [exported, setExported] = useState<Exported | null>(null);
  const [reading, setReading] = useState(false);
  const [copyNotice, setCopyNotice] = useState('');
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<{ source: ImportSource; errors: string[] } | null>(null);
  const exportBox = useRef<HTMLTextAreaElement>(null);
  // An edit makes the exported text stale: it is taken away rather than offer an old role.
  const current = exported?.from === template ? exported : null;

  useEffect(
    () => () => {
      if (exported?.url) URL.revokeObjectURL(exported.url);
    },
    [exported],
  );

  const exportRole = () => {
    const text = roleFileText(template);
    const name = roleFileName(template.role);
    let url: string | null = null;
    try {
      url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    } catch (_blocked) {
      // Some sandboxes refuse Blob URLs; the text box below still carries the file.
    }
    if (url) startDownload(url, name);
    setCopyNotice('');
    setExported({ from: template, text, name, url });
  };
  const copy = async () => {
    if (!exportBox.current) return;
    const outcome = await copyText(exportBox.current);
    setCopyNotice(
      outcome === 'copied'
        ? 'Copied. Paste it into a .json file, or into the import box of another spreadsheet.'
        : `The text is selected — press ${COPY_KEYS} to copy it.`,
    );
  };
  // The server reads the file (its schema is not in the sidebar); the wizard waits for it.
  const importText = async (text: string, source: ImportSource) => {
    setReading(true);
    try {
      const result = await callServer('readRoleFile', text);
      if (!result.ok) {
        setProblems({ source, errors: result.errors });
        return;
      }
      setProblems(null);
      setPasted('');
      onImport(result.template, result.notice);
    } catch (error) {
      setProblems({ source, errors: [errorText(error)] });
    } finally {
      setReading(false);
    }
  };
  const importFile = async (file: File | undefined) => {
    setProblems(null);
    if (!file) return;
    if (file.size > MAX_ROLE_FILE_BYTES) {
      setProblems({ source: 'file', errors: [ROLE_FILE_TOO_LARGE] });
      return;
    }
    await importText(await file.text(), 'file');
  };
  const importPasted = () => {
    if (pasted.trim() === '') {
      setProblems({
        source: 'text',
        errors: ["The box is empty — paste the text of an exported role file, starting with '{'."],
      });
      return;
    }
    void importText(pasted, 'text');
  };

  return (
    <details class="file-tools">
      <summary>Export or import this role as JSON</summary>
      <h3>Export</h3>
      <div class="file-row">
        <button type="button" class="secondary" onClick={exportRole}>
          Export JSON
        </button>
        {current?.url ? (
          <a href={current.url} download={current.name} class="download">
            {`Download ${current.name}`}
          </a>
        ) : null}
      </div>
      {current ? (
        <>
          <p class="hint" role="status">
            {current.url
              ? `${current.name} is downloading. If no file appears, use the link above.`
              : 'This sidebar cannot download files here: copy the text below instead.'}
          </p>
          <div class="field">
            <label for="export-text">Role file (JSON)</label>
            <textarea
              id="export-text"
              ref={exportBox}
              class="code"
              rows={6}
              readOnly
              aria-describedby="export-text-hint"
              value={current.text}
              onFocus={(event) => event.currentTarget.select()}
            />
            <div class="hint" id="export-text-hint">
              If the download does not start, copy this text and save it as {current.name}, or paste
              it into the import box of another spreadsheet.
            </div>
          </div>
          <div class="file-row">
            <button type="button" class="secondary small" onClick={() => void copy()}>
              Copy
            </button>
            <span class="hint" role="status">
              {copyNotice}
            </span>
          </div>
        </>
      ) : null}
      <h3>Import</h3>
      <p class="hint">
        {mode === 'update'
          ? 'Importing starts a new role from the file; this role stays as saved.'
          : 'Importing replaces what is in the wizard now.'}
      </p>
      <div class="field">
        <label for="import-file">Import a role file (.json)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={reading}
          onChange={(event) => {
            void importFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </div>
      <div class="field">
        <label for="import-text">Or paste a role file&apos;s JSON</label>
        <textarea
          id="import-text"
          class="code"
          rows={4}
          spellcheck={false}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      <button type="button" class="secondary" onClick={importPasted} disabled={reading}>
        {reading ? 'Reading…' : 'Import pasted JSON'}
      </button>
      {problems ? (
        <div class="error-banner" role="alert">
          <p>
            {problems.source === 'file'
              ? 'That file cannot be imported:'
              : 'That text cannot be imported:'}
          </p>
          <ul>
            {problems.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </details>
  );
}
