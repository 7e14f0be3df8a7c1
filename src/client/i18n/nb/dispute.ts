import { formatPercent } from '../format';
import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** Norwegian Bokmål copy of the dispute form. */
export const copy: PartCopy<'dispute'> = {
  dispute: {
    heading: 'Si fra om noe er feil',
    intro:
      'Purringene stanses for den delen det gjelder, mens saken blir sett på. Resten av fakturaen skal fortsatt betales.',
    reasonLabel: 'Hva er problemet?',
    reasons: {
      not_received: 'Varen eller tjenesten er ikke mottatt',
      wrong_amount: 'Beløpet er feil',
      quality: 'Noe var feil eller ikke som avtalt',
      already_paid: 'Fakturaen er allerede betalt',
      not_ordered: 'Dette er ikke bestilt',
      other: 'Noe annet',
    },
    scopeLabel: 'Hvilken del gjelder det?',
    scopeWhole: 'Hele fakturaen',
    scopeLines: 'Noen linjer',
    scopeAmount: 'Et beløp',
    linesLabel: 'Linjer det gjelder',
    amountLabel: 'Beløp det gjelder',
    amountHint: (p) => `Opptil ${p.max}.`,
    messageLabel: 'Hva har skjedd?',
    messageHint: 'Noen få setninger holder. Datoer, ordrenumre eller navn er til hjelp.',
    characterCount: (p) => `${n(p.count)} av ${n(p.max)} tegn`,
    attachments: 'Vedlegg',
    attachmentsHint: (p) => `PDF, PNG eller JPEG, opptil ${n(p.maxFiles)} filer på høyst ${p.maxSize} hver.`,
    addFiles: 'Legg til filer',
    dropFiles: 'Eller slipp filer her',
    removeFile: (p) => `Fjern ${p.name}`,
    uploading: (p) => `Laster opp ${p.name}: ${formatPercent(p.percent, 'nb')}`,
    fileErrors: {
      wrongType: (p) => `${p.name} kan ikke legges ved. Bruk en PDF-, PNG- eller JPEG-fil.`,
      tooLarge: (p) => `${p.name} er større enn ${p.maxSize}. Legg ved en mindre fil.`,
      tooMany: (p) =>
        byCount(p.max, 'Det kan bare legges ved 1 fil.', `Det kan legges ved opptil ${n(p.max)} filer.`),
    },
    submit: 'Send meldingen',
    sending: 'Sender …',
    confirmationHeading: 'Takk, meldingen er mottatt',
    reference: (p) => `Referanse: ${p.reference}`,
    whatHappensNow: 'Hva skjer nå',
    whatHappensNowBody:
      'Kreditor ser på saken og svarer. Purringene for den delen det gjelder, er stanset så lenge.',
    respondBy: (p) => `Svar kommer innen ${p.date}.`,
    remainsPayable: (p) => `${p.amount} er ikke omtvistet og kan fortsatt betales.`,
    nothingRemainsPayable: 'Det er ikke noe annet å betale på denne fakturaen nå.',
    loadFailed: 'Vi fikk ikke hentet fakturaen akkurat nå. Prøv igjen om litt.',
    sendFailed: 'Meldingen ble ikke sendt. Det som er skrevet, er tatt vare på, så prøv gjerne igjen.',
    alreadyDisputed:
      'Denne delen av fakturaen blir allerede sett på. Svar kommer innen datoen som ble oppgitt.',
  },
};
