/**
 * Help: a short how-to for HR teams and managers.
 */
export function HelpView() {
  return (
    <section aria-labelledby="help-title" class="help">
      <h1 id="help-title">How to use KPI Framework Builder</h1>
      <h2>Design a role</h2>
      <ol>
        <li>Open New role. Pick a library family and role, or start blank and name the role.</li>
        <li>Choose the company objectives the role supports, or add new ones.</li>
        <li>
          Tick the suggested KPIs you want, add your own, and fix what the SMART check lists next to
          each KPI. Weights must add up to exactly 100% — Normalise does it in one click.
        </li>
        <li>
          Set the review cadence, the owner and reminders, check the preview, then Create role.
        </li>
      </ol>
      <p>
        The role's KPIs go to the KPI Register and its scorecard gets a sheet of its own. Edit role
        loads a saved role back into the wizard. Export JSON saves a role to a file that another
        spreadsheet can import.
      </p>
      <h2>Score in cells</h2>
      <ul>
        <li>
          <code>=KPISCORE(actual, target, "higher", threshold, stretch)</code> — 1 means target met.
        </li>
        <li>
          <code>=KPIWEIGHTED(scores, weights)</code> and <code>=KPIRATING(score)</code> for the role
          total and its rating.
        </li>
        <li>
          <code>=KPIREVIEWSTATUS(last_reviewed, KPI_AS_OF, cadence)</code> for a review status.
        </li>
        <li>
          <code>=KPIPACE(to_date, target, starts, ends, KPI_AS_OF)</code> for pace mid-period, and{' '}
          <code>=KPIROLLUP(keys, scores, weights)</code> to total many people at once.
        </li>
      </ul>
      <p>
        Percent KPIs work as percents do in Sheets: type an actual as <code>93%</code> (Sheets
        stores 0.93) against a target shown as 95%.
      </p>
      <h2>People and review periods</h2>
      <ol>
        <li>
          Paste or type your people into the People sheet, then choose People → Check people and fix
          what it lists.
        </li>
        <li>
          Start review period adds one Scores row for every Active person and each Active KPI of
          their role, with the KPI's target as it stands that day.
        </li>
        <li>
          Managers open Enter actuals, choose their name and a report, and type each actual (a
          number, N/A when the KPI does not apply, or blank); the score and total update as they
          type. They can also type in the Scores sheet.
        </li>
        <li>
          Close review period freezes the period's results; Archive closed periods moves old periods
          to a new spreadsheet.
        </li>
      </ol>
      <h2>See the whole picture</h2>
      <p>
        Refresh dashboard makes the KPI Dashboard: ratings, scores by period, department and role,
        and the register's review status, as charts that follow every actual typed. It also judges
        each KPI's target on the last closed period (Too hard, Too easy or Balanced, with a
        suggested target), which Edit role shows beside the target.
      </p>
      <h2>Keep reviews on schedule</h2>
      <p>
        Turn review reminders on in Settings: a daily check marks KPIs Due soon or Overdue in the
        register and can email each owner one digest, and reminds managers of blank actuals once a
        period's actuals are due. Select KPI rows and choose Reviews → Review selected KPIs to keep,
        revise or retire them.
      </p>
    </section>
  );
}
