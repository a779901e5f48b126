import { z } from 'zod';
import { registerHelp } from './registers';

/** The answers "help me choose" asks for: the highest qualification and what the role involves. */
export const ChooserAnswers = z.object({
  qualification: z.enum(['none', 'level3', 'level5', 'level7']),
  work: z.enum(['science', 'engineering', 'teaching']),
  responsibility: z.enum(['directed', 'supervises', 'leads']),
});
export type ChooserAnswers = z.infer<typeof ChooserAnswers>;

export type RegisterSuggestion = { frameworkId: string; shortName: string; why: string; source: string };

/**
 * Simple rules from the registration standards' benchmarks: a suggestion to read about, never a
 * verdict. Each says why, naming the benchmark, and where the benchmark comes from.
 */
export function suggestRegisters(answers: ChooserAnswers): RegisterSuggestion[] {
  const out: RegisterSuggestion[] = [];
  const add = (frameworkId: string, why: string) => {
    const help = registerHelp(frameworkId);
    if (help) out.push({ frameworkId, shortName: help.shortName, why, source: help.suits.source });
  };
  if (answers.work === 'teaching') {
    add('psf2023-afhea', 'You teach or support learning: Advance HE names technicians as a typical group for Associate Fellowship.');
  }
  if (answers.work === 'engineering') {
    if (answers.responsibility === 'directed' || answers.qualification === 'none' || answers.qualification === 'level3') {
      add('ukspec4-engtech', 'Engineering technicians who apply practical skills, typically with a level 3 qualification or apprenticeship, register as EngTech.');
    } else {
      add('ukspec4-ieng', 'You plan and organise work and people with a higher qualification, which matches Incorporated Engineer.');
    }
    return out;
  }
  if (answers.qualification === 'level7' && answers.responsibility === 'leads') {
    add('sc-csci', 'You hold a master\u2019s-level qualification and lead work: CSci asks for that plus four years\u2019 postgraduate-level experience.');
  }
  if ((answers.qualification === 'level5' || answers.qualification === 'level7') && answers.responsibility !== 'directed') {
    add('sc-rsci', 'You work with little direction and supervise others, with a level 5 qualification or higher: the RSci benchmark.');
  }
  if (answers.responsibility === 'directed' || out.length === 0 || answers.qualification === 'level3' || answers.qualification === 'none') {
    add(
      'sc-rscitech',
      answers.qualification === 'none'
        ? 'You work largely under direction; without a level 3 qualification RSciTech asks for an equivalency report as well.'
        : 'You work largely under direction on routine but complex tasks, with a level 3 qualification or higher: the RSciTech benchmark.',
    );
  }
  return out;
}
