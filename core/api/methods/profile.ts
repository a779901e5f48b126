import { z } from 'zod';
import { Profile } from '../../model/profile';
import type { MethodSchema } from './method-schema';

export const profileMethods = {
  getProfile: { args: z.tuple([]), result: Profile, reads: ['profile'] },
  saveProfile: { args: z.tuple([Profile]), result: Profile, changes: ['profile'] },
} satisfies Record<string, MethodSchema>;
