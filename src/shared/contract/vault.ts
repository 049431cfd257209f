import { z } from 'zod';

// Passphrases are bounded so a pasted novel cannot stall the KDF; 1,000 characters is allowed.
export const passphrase = z.string().min(1, 'Enter your passphrase.').max(1024);
export const newPassphrase = z
  .string()
  .min(8, 'Use at least 8 characters. A few unrelated words work well.')
  .max(1024);
export const recoveryCode = z.string().min(1, 'Enter your recovery code.').max(200);

export const vaultStatus = z.object({
  state: z.enum(['none', 'locked', 'unlocked']),
  /** Whether this computer can unlock without the passphrase (OS keychain). */
  autoUnlock: z.boolean(),
  autoUnlockAvailable: z.boolean(),
  /**
   * Wrong passphrases and recovery codes in a row while locked, and how long until the next try
   * is allowed (0 = now). The lock screen counts the wait down and offers the recovery code.
   */
  wrongTries: z.object({
    passphrase: z.number().int().min(0),
    passphraseWaitMs: z.number().min(0),
    recovery: z.number().int().min(0),
    recoveryWaitMs: z.number().min(0),
  }),
});
export type VaultStatus = z.infer<typeof vaultStatus>;

const empty = z.object({}).strict();

export const vaultContract = {
  vaultStatus: { access: 'open', writes: false, input: empty, output: vaultStatus },
  vaultCreate: {
    access: 'open',
    writes: false,
    // `confirm` is the setup form's second field; when the page sends it, main checks it too.
    input: z
      .object({ passphrase: newPassphrase, confirm: z.string().max(1024).optional() })
      .strict()
      .refine((v) => v.confirm === undefined || v.confirm === v.passphrase, {
        message: 'The two passphrases do not match. Type the same passphrase in both fields.',
        path: ['confirm'],
      }),
    output: z.object({ recoveryCode: z.string() }),
  },
  vaultUnlock: { access: 'open', writes: false, input: z.object({ passphrase }).strict(), output: vaultStatus },
  vaultUnlockWithRecoveryCode: {
    access: 'open',
    writes: false,
    input: z.object({ recoveryCode, newPassphrase }).strict(),
    output: vaultStatus,
  },
  vaultTryAutoUnlock: { access: 'open', writes: false, input: empty, output: vaultStatus },
  vaultLock: { access: 'open', writes: false, input: empty, output: vaultStatus },
  vaultChangePassphrase: {
    access: 'unlocked',
    writes: false,
    input: z.object({ current: passphrase, next: newPassphrase }).strict(),
    output: z.object({ changed: z.literal(true) }),
  },
  vaultNewRecoveryCode: {
    access: 'unlocked',
    writes: false,
    input: z.object({ passphrase }).strict(),
    output: z.object({ recoveryCode: z.string() }),
  },
  vaultSetAutoUnlock: {
    access: 'unlocked',
    writes: false,
    input: z.object({ enabled: z.boolean() }).strict(),
    output: vaultStatus,
  },
  /** What Harbor noticed at the last unlock about files kept while locked, in the person's words; read once. */
  vaultUnlockNotices: { access: 'unlocked', writes: false, input: empty, output: z.object({ notices: z.array(z.string()) }) },
} as const;
