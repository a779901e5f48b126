import { addDays, format, parseISO } from 'date-fns';
import { bodyName } from '../cpd/bodies';
import { ruleBodiesFor } from '../cpd-rules/bodies-for-profile';
import { formatUkDate } from '../format/uk-date';
import type { Goal } from '../model/career';
import type { Profile } from '../model/profile';
import type { TrainingRecord } from '../model/training';
import { expiryDateOf } from '../training/expiry';
import { cpdYearOf } from './cpd-year';
import { declarationDates } from './declaration-dates';
import { writeAllDayCalendar, type AllDayEvent } from './ical-text';

/** Days before a training expiry by which to book the renewal course. */
export const BOOK_BY_DAYS = 30;

export type DeadlineKind = 'training-expiry' | 'training-book-by' | 'cpd-declaration' | 'goal' | 'registration' | 'cpd-year-end';

export interface Deadline extends AllDayEvent {
  kind: DeadlineKind;
}

const CATEGORY: Record<DeadlineKind, string> = {
  'training-expiry': 'Training renewal',
  'training-book-by': 'Training renewal',
  'cpd-declaration': 'CPD declaration',
  goal: 'Development goal',
  registration: 'Registration',
  'cpd-year-end': 'CPD year',
};

const uid = (key: string) => `${key}@techfolio.local`;
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

type Renewable = Pick<TrainingRecord, 'id' | 'course' | 'provider' | 'completedDate' | 'expiryDate' | 'renewalMonths'>;

/** Each expiring course's last valid day and, 30 days before, the day to have booked its renewal by. */
export function trainingDeadlines(training: readonly Renewable[]): Deadline[] {
  return training.flatMap((t): Deadline[] => {
    const expiry = expiryDateOf(t);
    if (!expiry) return [];
    const bookBy = iso(addDays(parseISO(expiry), -BOOK_BY_DAYS));
    const provider = t.provider ? ` Provider: ${t.provider}.` : '';
    const renewal: Deadline = {
      kind: 'training-expiry',
      // The same UID as earlier exports of renewal dates, so importing this file updates those events.
      uid: uid(`training-${t.id}`),
      date: expiry,
      summary: `Renew: ${t.course}`,
      description: `${t.course} expires on this day.${provider} Completed ${formatUkDate(t.completedDate)}.`,
      categories: [CATEGORY['training-expiry']],
      alarms: [{ before: { days: 7 }, description: `${t.course} expires in 7 days` }],
    };
    // A course that lapses within a month of being done has no sensible booking day.
    if (bookBy <= t.completedDate) return [renewal];
    const booking: Deadline = {
      kind: 'training-book-by',
      uid: uid(`training-${t.id}-book-by`),
      date: bookBy,
      summary: `Book renewal: ${t.course}`,
      description: `Book a place on ${t.course} now: it expires ${BOOK_BY_DAYS} days later, on ${formatUkDate(expiry)}.${provider}`,
      categories: [CATEGORY['training-book-by']],
      alarms: [{ before: { hours: 24 }, description: `Tomorrow: book your renewal of ${t.course}` }],
    };
    return [booking, renewal];
  });
}

type GoalDeadlineSource = Pick<Goal, 'id' | 'objective' | 'measure' | 'targetDate' | 'status'>;

/** Goals still open with a target date; an achieved or dropped goal has no deadline left. */
export function goalDeadlines(goals: readonly GoalDeadlineSource[]): Deadline[] {
  return goals.flatMap((g): Deadline[] =>
    g.targetDate && (g.status === 'not-started' || g.status === 'in-progress')
      ? [
          {
            kind: 'goal',
            uid: uid(`goal-${g.id}`),
            date: g.targetDate,
            summary: `Goal due: ${g.objective}`,
            description: [`Target date for your development goal: ${g.objective}.`, g.measure ? `How you will know: ${g.measure}.` : '', 'Mark it achieved, or set a new date, in Techfolio (Profile, Goals).'].filter(Boolean).join(' '),
            categories: [CATEGORY.goal],
            alarms: [{ before: { days: 14 }, description: `In 14 days: ${g.objective}` }],
          },
        ]
      : [],
  );
}

type ProfileSource = Pick<Profile, 'professionalBodies' | 'targetRegistrations' | 'cpdTargets' | 'cpdYear'>;

/** The date each registration the user aims for should be applied for by. */
export function registrationDeadlines(profile: Pick<Profile, 'targetRegistrations'>, registrationName: (frameworkId: string) => string): Deadline[] {
  return profile.targetRegistrations.flatMap((r): Deadline[] => {
    if (!r.targetDate) return [];
    const name = registrationName(r.frameworkId);
    return [
      {
        kind: 'registration',
        uid: uid(`registration-${r.frameworkId}`),
        date: r.targetDate,
        summary: `Apply for ${name}`,
        description: `Your target date for applying for ${name}. Check your statements and evidence in Techfolio (Frameworks, ${name}).`,
        categories: [CATEGORY.registration],
        alarms: [{ before: { days: 30 }, description: `${name} application due in 30 days` }],
      },
    ];
  });
}

/**
 * The annual CPD declaration of each body the user belongs to (their bodies and CPD targets, not
 * the registrations they only aim for), on the day the body states, next due on or after today.
 */
export function declarationDeadlines(profile: ProfileSource, today: string): Deadline[] {
  const bodies = ruleBodiesFor({ professionalBodies: profile.professionalBodies, cpdTargets: profile.cpdTargets, targetRegistrations: [] });
  return bodies.flatMap((bodyId): Deadline[] => {
    const due = declarationDates[bodyId];
    if (!due) return [];
    const pad = (n: number) => String(n).padStart(2, '0');
    const thisYear = Number(today.slice(0, 4));
    const dayOf = (year: number) => `${String(year).padStart(4, '0')}-${pad(due.month)}-${pad(due.day)}`;
    const date = dayOf(thisYear) >= today ? dayOf(thisYear) : dayOf(thisYear + 1);
    return [
      {
        kind: 'cpd-declaration',
        // One per year, so next year's declaration is a new event beside this one.
        uid: uid(`cpd-declaration-${bodyId}-${date.slice(0, 4)}`),
        date,
        summary: `${due.name} annual CPD declaration`,
        description: `Declare that your CPD meets the ${due.name} standards, through your professional body. Your record is in Techfolio (CPD). See ${due.sourceUrl}`,
        categories: [CATEGORY['cpd-declaration']],
        alarms: [
          { before: { days: 30 }, description: `${due.name} CPD declaration due in 30 days` },
          { before: { hours: 24 }, description: `${due.name} CPD declaration due tomorrow` },
        ],
      },
    ];
  });
}

/** The last day of the CPD year today falls in, with the user's targets; none for a membership year. */
export function cpdYearEndDeadlines(profile: ProfileSource, today: string): Deadline[] {
  const year = cpdYearOf(profile.cpdYear, today);
  if (!year) return [];
  const targets = profile.cpdTargets.map((t) => `${t.amount} ${t.unit} for ${bodyName(t.bodyId, profile)}`);
  return [
    {
      kind: 'cpd-year-end',
      uid: uid(`cpd-year-end-${year.to}`),
      date: year.to,
      summary: 'End of your CPD year',
      description: [`Your CPD year (${year.basis}) ends on this day.`, targets.length > 0 ? `Your targets: ${targets.join('; ')}.` : '', 'Log any CPD still missing in Techfolio (CPD).'].filter(Boolean).join(' '),
      categories: [CATEGORY['cpd-year-end']],
      alarms: [{ before: { days: 30 }, description: 'Your CPD year ends in 30 days' }],
    },
  ];
}

export interface DeadlineSources {
  profile: ProfileSource;
  training: readonly Renewable[];
  goals: readonly GoalDeadlineSource[];
  /** The registration's short name (RSciTech) from its framework id. */
  registrationName: (frameworkId: string) => string;
}

/** Every deadline the user has, soonest first. `today` is the local calendar day. */
export function collectDeadlines({ profile, training, goals, registrationName }: DeadlineSources, today: string): Deadline[] {
  return [
    ...trainingDeadlines(training),
    ...declarationDeadlines(profile, today),
    ...goalDeadlines(goals),
    ...registrationDeadlines(profile, registrationName),
    ...cpdYearEndDeadlines(profile, today),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

/** The one calendar writer: deadlines as all-day events, or null when there are none. */
export function buildDeadlinesCalendar(deadlines: readonly Deadline[], stamp: Date, calendarName = 'Techfolio deadlines'): string | null {
  return deadlines.length === 0 ? null : writeAllDayCalendar(calendarName, deadlines, stamp);
}
