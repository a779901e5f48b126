import { Link } from 'react-aria-components';
import { glossary, registers, type SourcedFact } from '../../../core/help/registers';
import { PageHeader } from '../../components/PageHeader';
import '../../styles/help.css';

/** One fact and, beside it, the page it came from; the link opens outside the app (the shell checks it). */
function Fact({ fact }: { fact: SourcedFact }) {
  return (
    <>
      {fact.text}{' '}
      <a href={fact.source} target="_blank" rel="noopener noreferrer" className="source-link">
        (source<span className="visually-hidden">: {new URL(fact.source).hostname}, opens in your browser</span>)
      </a>
    </>
  );
}

function FactList({ facts }: { facts: SourcedFact[] }) {
  return (
    <ul>
      {facts.map((fact) => (
        <li key={fact.text}>
          <Fact fact={fact} />
        </li>
      ))}
    </ul>
  );
}

/** The registers a technician may work towards and the words applications use, each fact with its source. */
export function HelpScreen() {
  return (
    <div className="screen help-screen">
      <PageHeader title="Registers and words" description="What each register is for, who it suits, how you apply and what CPD it asks for. Every fact links to where it comes from; check the licensed body's own pages before you apply." />
      <nav aria-label="On this page" className="card">
        <ul className="help-contents">
          {registers.map((r) => (
            <li key={r.frameworkId}>
              <a href={`#/help`} onClick={(e) => { e.preventDefault(); document.getElementById(`register-${r.frameworkId}`)?.focus(); }}>
                {r.shortName}
              </a>
            </li>
          ))}
          <li>
            <a href="#/help" onClick={(e) => { e.preventDefault(); document.getElementById('glossary-heading')?.focus(); }}>
              Glossary
            </a>
          </li>
        </ul>
        <p>
          Not sure which one fits? The <Link href="/welcome">first-run guide</Link> has a “help me choose”.
        </p>
      </nav>
      {registers.map((r) => (
        <section key={r.frameworkId} className="card register-help" aria-labelledby={`register-${r.frameworkId}`}>
          <h2 id={`register-${r.frameworkId}`} tabIndex={-1}>
            {r.shortName}: {r.name}
          </h2>
          <p className="muted">Awarded by the {r.awardedBy}.</p>
          <h3>What it is for</h3>
          <p>
            <Fact fact={r.purpose} />
          </p>
          <h3>Who it suits</h3>
          <p>
            <Fact fact={r.suits} />
          </p>
          <h3>The route</h3>
          <FactList facts={r.route} />
          <h3>What the application holds</h3>
          <FactList facts={r.application} />
          <h3>CPD once registered</h3>
          <FactList facts={r.cpd} />
          <p>
            <Link href={`/frameworks/${encodeURIComponent(r.frameworkId)}`}>See the {r.shortName} competences and your coverage</Link>
          </p>
        </section>
      ))}
      <section className="card" aria-labelledby="glossary-heading">
        <h2 id="glossary-heading" tabIndex={-1}>
          Glossary
        </h2>
        <dl className="glossary">
          {glossary.map((g) => (
            <div key={g.term}>
              <dt>{g.term}</dt>
              <dd>
                <Fact fact={g.meaning} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
