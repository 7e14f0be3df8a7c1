import { formatPercent } from '../format';
import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** German copy of the dispute form. */
export const copy: PartCopy<'dispute'> = {
  dispute: {
    heading: 'Mitteilen, was nicht stimmt',
    intro:
      'Für den strittigen Teil ruhen die Erinnerungen, solange er geprüft wird. Der Rest der Rechnung bleibt zu zahlen.',
    reasonLabel: 'Worum geht es?',
    reasons: {
      not_received: 'Ware oder Leistung nicht erhalten',
      wrong_amount: 'Der Betrag stimmt nicht',
      quality: 'Etwas war mangelhaft oder nicht wie vereinbart',
      already_paid: 'Bereits bezahlt',
      not_ordered: 'Nicht bestellt',
      other: 'Etwas anderes',
    },
    scopeLabel: 'Welcher Teil ist strittig?',
    scopeWhole: 'Die ganze Rechnung',
    scopeLines: 'Einzelne Positionen',
    scopeAmount: 'Ein Betrag',
    linesLabel: 'Strittige Positionen',
    amountLabel: 'Strittiger Betrag',
    amountHint: (p) => `Höchstens ${p.max}.`,
    messageLabel: 'Was ist passiert?',
    messageHint: 'Ein paar Sätze genügen. Daten, Bestellnummern oder Namen helfen.',
    characterCount: (p) => `${n(p.count)} von ${n(p.max)} Zeichen`,
    attachments: 'Anhänge',
    attachmentsHint: (p) =>
      `PDF, PNG oder JPEG, bis zu ${n(p.maxFiles)} Dateien mit je höchstens ${p.maxSize}.`,
    addFiles: 'Dateien hinzufügen',
    dropFiles: 'Oder Dateien hierher ziehen',
    removeFile: (p) => `${p.name} entfernen`,
    uploading: (p) => `${p.name} wird hochgeladen: ${formatPercent(p.percent, 'de')}`,
    fileErrors: {
      wrongType: (p) =>
        `${p.name} kann nicht angehängt werden. Bitte eine PDF-, PNG- oder JPEG-Datei verwenden.`,
      tooLarge: (p) => `${p.name} ist größer als ${p.maxSize}. Bitte eine kleinere Datei anhängen.`,
      tooMany: (p) =>
        byCount(
          p.max,
          'Es kann nur 1 Datei angehängt werden.',
          `Es können höchstens ${n(p.max)} Dateien angehängt werden.`,
        ),
    },
    submit: 'Nachricht senden',
    sending: 'Wird gesendet …',
    confirmationHeading: 'Vielen Dank, die Nachricht ist angekommen',
    reference: (p) => `Vorgangsnummer: ${p.reference}`,
    whatHappensNow: 'Wie es jetzt weitergeht',
    whatHappensNowBody:
      'Der Gläubiger prüft den Einwand und antwortet. Bis dahin ruhen die Erinnerungen für den strittigen Teil.',
    respondBy: (p) => `Eine Antwort kommt bis zum ${p.date}.`,
    remainsPayable: (p) => `${p.amount} sind nicht strittig und können weiterhin bezahlt werden.`,
    nothingRemainsPayable: 'Auf dieser Rechnung ist vorerst nichts anderes zu zahlen.',
    loadFailed: 'Die Rechnung konnte gerade nicht geladen werden. Bitte gleich noch einmal versuchen.',
    sendFailed:
      'Die Nachricht konnte gerade nicht gesendet werden. Das Geschriebene bleibt erhalten, also bitte noch einmal versuchen.',
    alreadyDisputed:
      'Dieser Teil der Rechnung wird bereits geprüft. Die Antwort kommt bis zum genannten Datum.',
  },
};
