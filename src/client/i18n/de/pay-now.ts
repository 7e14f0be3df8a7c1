import type { PartCopy } from '../parts';

/** German copy of paying now, by card or bank transfer (also the transfer details the explainer and proposer show). */
export const copy: PartCopy<'payNow'> = {
  payNow: {
    heading: 'Jetzt bezahlen',
    amountToPay: 'Zu zahlender Betrag',
    fullAmount: (p) => `Gesamter Betrag (${p.amount})`,
    partAmount: 'Anderer Betrag',
    partAmountHint: (p) => `Zwischen ${p.min} und ${p.max}.`,
    method: 'Zahlungsart wählen',
    card: 'Karte oder digitale Geldbörse',
    bankTransfer: 'Überweisung',
    payButton: (p) => `${p.amount} bezahlen`,
    loadingCardForm: 'Kartenformular wird geladen …',
    processing: 'Zahlung wird verarbeitet …',
    accountHolder: 'Empfänger',
    accountNumber: 'Kontonummer',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Betrag',
    reference: 'Zahlungsreferenz',
    referenceSchemes: { kid: 'KID-Nummer', rf: 'RF-Referenz', nl: 'Zahlungsreferenz (betalingskenmerk)' },
    referenceHint:
      'Bitte die Referenz genau so in den Verwendungszweck übernehmen, damit die Zahlung der richtigen Rechnung zugeordnet wird.',
    copy: (p) => `${p.label} kopieren`,
    copied: 'Kopiert',
    qrHeading: 'Scannen und bezahlen',
    qrHint: 'Den Code mit einer Banking-App scannen, um die Überweisung auszufüllen.',
    qrAlt: 'QR-Code mit den Überweisungsdaten',
    bankTransferNote: 'Eine Überweisung braucht meist ein bis zwei Werktage, bis sie bei uns ankommt.',
    successHeading: 'Vielen Dank, die Zahlung ist eingegangen',
    successBody: (p) => `${p.amount} wurde am ${p.date} bezahlt.`,
    receipt: (p) => `Belegnummer ${p.reference}`,
    declinedHeading: 'Die Zahlung hat nicht geklappt',
    declinedBody:
      'Es wurde nichts abgebucht. Einfach noch einmal versuchen, eine andere Karte nehmen oder per Überweisung bezahlen.',
    tryAgain: 'Erneut versuchen',
    useBankTransfer: 'Stattdessen per Überweisung bezahlen',
    cardUnavailable:
      'Die Kartenzahlung lässt sich gerade nicht laden. Eine Überweisung mit den Angaben unten ist jederzeit möglich.',
    bankTransferOnly: 'Die Zahlung erfolgt per Überweisung, mit den Angaben unten.',
    nothingToPay: 'Im Moment ist nichts zu bezahlen.',
    processingHeading: 'Die Zahlung wird bearbeitet',
    processingBody:
      'Die Bank bestätigt die Zahlung noch. Das kann einen Moment dauern; jetzt ist nichts weiter zu tun.',
    copyFailed: 'Das Kopieren hat nicht geklappt. Zum Kopieren den Text markieren.',
    invoiceHeading: (p) => `Rechnung ${p.number}`,
    startFailed: 'Die Zahlung konnte gerade nicht gestartet werden. Bitte gleich noch einmal versuchen.',
  },
};
