/**
 * The sidebar HTML as the playground serves it: `google.script.run` defined before any of its
 * scripts run. Like Apps Script's, the sidebar runs in a sandboxed frame of its own origin, so each
 * call is posted to the page, which sends it to /api/run and posts the answer back.
 */
import { googleScriptRunShim } from '../../emulator/google-script-run';
import { TRANSPORT_NAME } from '../protocol';

/** The sidebar's HTML with the bridge to the page in its head; `names` are the callable functions. */
export function bridgedSidebar(html: string, names: readonly string[]): string {
  const bridge = `<script>
(function () {
  var pending = {};
  var serial = 0;
  window[${JSON.stringify(TRANSPORT_NAME)}] = function (name, args) {
    return new Promise(function (resolve, reject) {
      serial += 1;
      pending[serial] = { resolve: resolve, reject: reject };
      parent.postMessage({ type: 'kpi-playground-run', id: serial, name: name, args: args }, '*');
    });
  };
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.source !== parent || !data || data.type !== 'kpi-playground-result') return;
    var call = pending[data.id];
    if (!call) return;
    delete pending[data.id];
    if (data.ok) call.resolve(data.text); else call.reject(new Error(data.error));
  });
  window.addEventListener('kpi-host-close', function () {
    parent.postMessage({ type: 'kpi-playground-close' }, '*');
  });
})();
${googleScriptRunShim(names, TRANSPORT_NAME).replace(/<\/script/gi, '<\\/script')}
</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return bridge + html;
  const at = head.index + head[0].length;
  return html.slice(0, at) + bridge + html.slice(at);
}
