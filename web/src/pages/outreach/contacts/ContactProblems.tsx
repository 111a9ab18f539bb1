// The problems one contact raised, as a short list: the title, its state, the unit it went to and by when.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDepartmentLabel } from '../../../api/departmentNames.ts';
import type { ProblemView } from '../../../api/outreach.ts';
import { DueDate, ProblemStateTag } from '../Tags.tsx';

export function ContactProblems({ problems }: { problems: readonly ProblemView[] }) {
  const { t } = useTranslation();
  const label = useDepartmentLabel();
  return (
    <ul className="ys-outreach-problem-list" data-testid="contact-problems-list">
      {problems.map((p) => (
        <li key={p.id}>
          <div className="ys-outreach-problem-line">
            <ProblemStateTag state={p.state} />
            <span className="ys-break">{p.title}</span>
          </div>
          {p.departmentName && (
            <div className="ys-muted ys-outreach-problem-meta">
              {t('outreach.problems.routedTo', { unit: label(p.departmentName, p.departmentId) })} · <DueDate dueOn={p.dueOn} open={p.state === 'routed'} />
            </div>
          )}
          {p.answer && <div className="ys-outreach-answer ys-break">{p.answer}</div>}
        </li>
      ))}
    </ul>
  );
}

/** "2 个 · 待交办 1": how many problems, and how many still wait to be routed. */
export function problemCounts(t: TFunction, problems: readonly ProblemView[]): string {
  if (problems.length === 0) return '—';
  const open = problems.filter((p) => p.state === 'open').length;
  return open > 0 ? t('outreach.contacts.problemCountOpen', { count: problems.length, open }) : t('outreach.contacts.problemCount', { count: problems.length });
}
