import type { ReflectionModelId } from '../model/cpd-record';

/** One question of a reflection model; a record's reflection answers are keyed by the prompt id. */
export interface ReflectionPrompt {
  id: string;
  label: string;
  /** What a good answer covers, in our own words. */
  hint: string;
}

export interface ReflectionModel {
  id: ReflectionModelId;
  name: string;
  prompts: readonly ReflectionPrompt[];
}

export const reflectionModels: Record<ReflectionModelId, ReflectionModel> = {
  'science-council': {
    id: 'science-council',
    name: 'Science Council CPD standards',
    prompts: [
      { id: 'what-i-did', label: 'What I did', hint: 'The activity, and why you chose it.' },
      { id: 'benefit-to-practice', label: 'Benefit to my practice', hint: 'What you now do differently or better because of it.' },
      { id: 'benefit-to-users', label: 'Benefit to the users of my work', hint: 'Who gained (students, researchers, colleagues, customers) and how.' },
    ],
  },
  'what-so-what-now-what': {
    id: 'what-so-what-now-what',
    name: 'What? So what? Now what?',
    prompts: [
      { id: 'what', label: 'What?', hint: 'What happened, and what you did.' },
      { id: 'so-what', label: 'So what?', hint: 'Why it matters: what you learned and what it means for your work.' },
      { id: 'now-what', label: 'Now what?', hint: 'What you will do next because of it.' },
    ],
  },
  gibbs: {
    id: 'gibbs',
    name: "Gibbs' reflective cycle",
    prompts: [
      { id: 'description', label: 'Description', hint: 'What happened?' },
      { id: 'feelings', label: 'Feelings', hint: 'What were you thinking and feeling at the time?' },
      { id: 'evaluation', label: 'Evaluation', hint: 'What went well, and what did not?' },
      { id: 'analysis', label: 'Analysis', hint: 'Why did things go the way they did?' },
      { id: 'conclusion', label: 'Conclusion', hint: 'What did you learn, and what could you have done differently?' },
      { id: 'action-plan', label: 'Action plan', hint: 'What will you do next time, or next?' },
    ],
  },
  free: {
    id: 'free',
    name: 'Free text',
    prompts: [{ id: 'reflection', label: 'Reflection', hint: 'What you learned, how it changed your practice, and who benefited.' }],
  },
};

export const reflectionModelList: readonly ReflectionModel[] = Object.values(reflectionModels);
