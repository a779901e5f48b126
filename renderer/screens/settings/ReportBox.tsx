import type { Ref } from 'react';

/** What an export, restore or backup did, in a title and a few lines. */
export type Report = { title: string; lines: string[] };

/** The outcome of an action on the data, announced as a status. `level` follows the section it sits in. */
export function ReportBox({ report, level = 3, headingRef }: { report: Report; level?: 3 | 4; headingRef?: Ref<HTMLHeadingElement> }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="report" role="status">
      <Heading ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {report.title}
      </Heading>
      <ul>
        {report.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
