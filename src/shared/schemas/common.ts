import { z } from 'zod';
import { typedTextSchema } from './typed-text';

/** UUIDv7 (or any UUID) as stored: lower-case canonical text. */
export const idSchema = z.uuid();

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, 'username');

/** At least 10 characters with a letter and a digit: long enough for a shared reception PC. */
export const passwordSchema = z
  .string()
  .min(10)
  .max(200)
  .regex(/[A-Za-z]/)
  .regex(/[0-9]/);

export const pinSchema = z.string().regex(/^[0-9]{4,8}$/);

export const personNameSchema = typedTextSchema.trim().min(1).max(120);
