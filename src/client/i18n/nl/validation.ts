import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** Dutch copy of the forms' field errors. */
export const copy: PartCopy<'validation'> = {
  validation: {
    summary: (p) => byCount(p.count, 'Controleer 1 veld', `Controleer ${n(p.count)} velden`),
    required: 'Vul dit veld in.',
    amountInvalid: 'Vul een bedrag in, bijvoorbeeld 150 of 150,50.',
    amountTooLow: (p) => `Vul minstens ${p.min} in.`,
    amountTooHigh: (p) => `Vul hooguit ${p.max} in.`,
    dateInvalid: 'Kies een datum.',
    dateInPast: 'Kies vandaag of een latere datum.',
    chooseReason: 'Kies wat het probleem is.',
    chooseLines: 'Kies minstens één regel.',
    messageTooLong: (p) => `Maak het bericht korter, tot ${n(p.max)} tekens.`,
  },
};
