import type { Chrome } from './types.ts';

export const en: Chrome = {
  ifFails: 'If that does not work',
  notFixes: 'What will not help',
  safety: 'Is this safe? Will I need it again?',
  docs: 'Docs:',
  pasteOutput: (asks) => `**Still failing?** Paste the output of ${asks.join(' and ')}.`,
  footer: (stage, more) => `-# claw-triage · \`${stage}\`${more ? ' · more under Details' : ''}`,
  secretHead: (names, where) =>
    `⚠️ **You pasted a secret** (${names}${where ? `, seen in ${where}` : ''}). Delete that message (or attachment) now; I have not repeated it here. Then rotate it:`,
  and: ' and ',
  or: ' or ',
  inputNotes: {
    binary: 'One attachment looked binary, so I skipped it: paste text output (or a `.txt`/`.log`/`.json` file) instead.',
    'truncated-json':
      'Your `devices list --json` paste was cut off, so I used only the complete entries: paste the rest (or attach it as a `.json` file).',
    'wrapped-table-ids': 'The table wrapped some ids across lines, so I did not use them: `openclaw devices list --json` gives whole ids.',
  },
  buttons: { fixed: 'Fixed it', failing: 'Still failing', dismiss: 'Dismiss', details: 'Details' },
  popups: {
    fixedOwner:
      'Glad it works now! A moderator can run `/verify` here to check the evidence and mark the thread solved. ' +
      'Pasting the output that shows it working (for example `openclaw devices list --json`) helps them.',
    fixedOther: 'Thanks! Only the person who opened this thread can say the fix worked for them.',
    failing:
      'Sorry it is still failing. Paste the newest output here (the commands my reply asks for, and the error you see now) and I will update my advice.',
    dismissNotAllowed: 'Only the person who opened this thread, or a moderator, can dismiss my reply.',
    detailsOutsideThread: 'Details work inside a help thread.',
  },
};
