import { formatNumber, formatPercent } from './format';
import { type BannerParams, type Messages, plural } from './messages';
import { capitalize, when } from './text';

// Deutsch. „Sie“ ist in Zahlungserinnerungen der Standard (formal); „du“ (informal) nur, wenn
// der Gläubiger so mit seinen Kunden spricht. Nie gemischt. Außerhalb des Banners kommt die
// Oberfläche ohne Anrede aus (Infinitive, unpersönliche Sätze), damit sie zu beidem passt.

const n = (value: number): string => formatNumber(value, 'de');
const byCount = (count: number, one: string, other: string): string => plural('de', count, { one, other });

/** Nominative/accusative: „Ihre Rechnung von X über 10 €“ / „Ihre 2 Rechnungen von X über insgesamt 20 €“. */
const ihre = (p: BannerParams): string =>
  byCount(
    p.count,
    `Ihre Rechnung von ${p.creditor} über ${p.amount}`,
    `Ihre ${n(p.count)} Rechnungen von ${p.creditor} über insgesamt ${p.amount}`,
  );
/** Nominative/accusative: „deine Rechnung von X über 10 €“ / „deine 2 Rechnungen …“. */
const deine = (p: BannerParams): string =>
  byCount(
    p.count,
    `deine Rechnung von ${p.creditor} über ${p.amount}`,
    `deine ${n(p.count)} Rechnungen von ${p.creditor} über insgesamt ${p.amount}`,
  );
/** Before the due date: „ist am D fällig“ / „werden bald fällig, die erste am D“. */
const wirdFaellig = (p: BannerParams): string =>
  byCount(p.count, `ist am ${p.dueDate} fällig`, `werden bald fällig, die erste am ${p.dueDate}`);
/** After the due date: „war am D fällig“ / „sind seit dem D fällig“. */
const warFaellig = (p: BannerParams): string =>
  byCount(p.count, `war am ${p.dueDate} fällig`, `sind seit dem ${p.dueDate} fällig`);
/** Between commas: „fällig am D“ / „die erste fällig am D“. */
const faelligAm = (p: BannerParams): string =>
  byCount(p.count, `fällig am ${p.dueDate}`, `die erste fällig am ${p.dueDate}`);
/** „ist “ after a singular „war … fällig und“; nothing after a plural „sind … fällig und“ (the verb is shared). */
const istNoch = (p: BannerParams): string => byCount(p.count, 'ist ', '');
const wurde = (p: BannerParams): string => byCount(p.count, 'wurde', 'wurden');

export const de: Messages = {
  locale: 'de',

  common: {
    loading: 'Wird geladen …',
    errorFallback: 'Die Rechnungen konnten gerade nicht geladen werden. Bitte gleich noch einmal versuchen.',
    retry: 'Erneut versuchen',
    close: 'Schließen',
    dialogClose: 'Dialog schließen',
    cancel: 'Abbrechen',
    back: 'Zurück',
    continue: 'Weiter',
    optional: 'optional',
    invoiceCount: (p) => byCount(p.count, '1 Rechnung', `${n(p.count)} Rechnungen`),
    helpFor: (p) => `Was bedeutet „${p.term}“?`,
  },

  actions: {
    view: 'Rechnung ansehen',
    pay: 'Jetzt bezahlen',
    plan: 'Ratenzahlung vorschlagen',
    promise: 'Zahlungsdatum wählen',
    dispute: 'Etwas stimmt nicht',
    snooze: 'Später erinnern',
    showAmounts: 'Beträge anzeigen',
    hideAmounts: 'Beträge ausblenden',
    close: 'Schließen',
  },

  banner: {
    label: 'Zahlungshinweis',
    discreetHeading: 'Eine Nachricht zum Kundenkonto',
    snoozed: (p) => `Dieser Hinweis erscheint am ${p.date} wieder.`,

    upcoming: {
      direct: {
        formal: {
          heading: (p) => `Fällig am ${p.dueDate}: ${p.amount}`,
          body: (p) => `${ihre(p)} ${wirdFaellig(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht bei uns eingegangen, senden wir Ihnen eine Zahlungserinnerung${when(p.nextFee, (f) => ` mit einer Gebühr von ${f}`)}.`
              : 'Sobald die Zahlung eingegangen ist, ist für Sie nichts weiter zu tun.',
          wayOut: () =>
            'Sie können jetzt bezahlen, ein späteres Zahlungsdatum wählen oder eine Ratenzahlung vorschlagen. Falls auf der Rechnung etwas nicht stimmt, geben Sie uns bitte Bescheid.',
        },
        informal: {
          heading: (p) => `Fällig am ${p.dueDate}: ${p.amount}`,
          body: (p) => `Kurzer Hinweis: ${capitalize(deine(p))} ${wirdFaellig(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist deine Zahlung bis zum ${p.nextDate} nicht bei uns eingegangen, schicken wir dir eine Zahlungserinnerung${when(p.nextFee, (f) => ` mit einer Gebühr von ${f}`)}.`
              : 'Sobald du bezahlt hast, musst du nichts weiter tun.',
          wayOut: () =>
            'Du kannst jetzt bezahlen, ein anderes Datum wählen oder den Betrag in Raten aufteilen. Stimmt etwas nicht? Sag uns einfach Bescheid.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Ein Hinweis vor dem Fälligkeitstermin',
          body: (p) =>
            `Wir möchten Sie rechtzeitig informieren, falls es Ihnen bei der Planung hilft: ${ihre(p)} ${wirdFaellig(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht bei uns eingegangen, senden wir Ihnen eine Zahlungserinnerung${when(p.nextFee, (f) => `, für die eine Gebühr von ${f} anfällt`)}.`
              : 'Sobald die Zahlung eingegangen ist, ist für Sie nichts weiter zu tun.',
          wayOut: () =>
            'Passt Ihnen der Termin nicht, können Sie gern ein anderes Zahlungsdatum wählen oder eine Ratenzahlung vorschlagen. Ist auf der Rechnung etwas unklar, freuen wir uns über Ihre Nachricht.',
        },
        informal: {
          heading: () => 'Kurzer Hinweis vorab',
          body: (p) => `Falls es dir bei der Planung hilft: ${capitalize(deine(p))} ${wirdFaellig(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist deine Zahlung bis zum ${p.nextDate} nicht bei uns eingegangen, schicken wir dir eine Zahlungserinnerung${when(p.nextFee, (f) => `, für die eine Gebühr von ${f} anfällt`)}.`
              : 'Sobald du bezahlt hast, musst du nichts weiter tun.',
          wayOut: () =>
            'Passt dir der Termin nicht, wähl einfach ein anderes Datum oder teil den Betrag in Raten auf. Und wenn etwas unklar ist, melde dich gern.',
        },
      },
    },

    reminder: {
      direct: {
        formal: {
          heading: (p) => `Zahlungserinnerung: ${p.amount}`,
          body: (p) => `${ihre(p)} ${warFaellig(p)}. Ihre Zahlung ist bei uns noch nicht eingegangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht eingegangen, senden wir Ihnen eine Mahnung${when(p.nextFee, (f) => ` und berechnen eine Mahngebühr von ${f}`)}.`
              : 'Wir geben Ihnen Bescheid, bevor etwas anderes geschieht.',
          wayOut: () =>
            'Bitte bezahlen Sie jetzt, oder wählen Sie ein Zahlungsdatum oder schlagen Sie eine Ratenzahlung vor, wenn Ihnen das besser passt. Stimmt aus Ihrer Sicht etwas nicht, sagen Sie uns bitte Bescheid; dann pausieren wir die Erinnerungen, bis wir es geklärt haben.',
        },
        informal: {
          heading: (p) => `Zahlungserinnerung: ${p.amount}`,
          body: (p) =>
            `${capitalize(deine(p))} ${warFaellig(p)}. Deine Zahlung ist bei uns noch nicht eingegangen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht da, schicken wir dir eine Mahnung${when(p.nextFee, (f) => ` und berechnen eine Mahngebühr von ${f}`)}.`
              : 'Wir sagen dir Bescheid, bevor etwas anderes passiert.',
          wayOut: () =>
            'Du kannst jetzt bezahlen, ein Zahlungsdatum wählen oder den Betrag in Raten aufteilen. Stimmt etwas nicht, sag uns Bescheid; dann pausieren wir die Erinnerungen, bis wir es geklärt haben.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Eine freundliche Erinnerung',
          body: (p) =>
            `Vielleicht ist es im Alltag untergegangen: ${ihre(p)} ${warFaellig(p)}, und wir konnten noch keinen Zahlungseingang feststellen. Sollten Sie in den letzten Tagen bereits bezahlt haben, danken wir Ihnen und bitten Sie, diese Nachricht als gegenstandslos zu betrachten.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht eingegangen, senden wir Ihnen eine Mahnung${when(p.nextFee, (f) => `, für die eine Mahngebühr von ${f} anfällt`)}.`
              : 'Wir geben Ihnen Bescheid, bevor etwas anderes geschieht.',
          wayOut: () =>
            'Passt es gerade nicht, können Sie gern ein Zahlungsdatum wählen oder eine Ratenzahlung vorschlagen. Und stimmt etwas mit der Rechnung nicht, sagen Sie uns bitte Bescheid; wir pausieren die Erinnerungen, bis wir es geklärt haben.',
        },
        informal: {
          heading: () => 'Eine freundliche Erinnerung',
          body: (p) =>
            `Vielleicht ist es im Alltag untergegangen: ${capitalize(deine(p))} ${warFaellig(p)}, und wir haben noch keinen Zahlungseingang gesehen. Falls du in den letzten Tagen schon bezahlt hast, danke dir, dann kannst du diese Nachricht einfach ignorieren.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht da, schicken wir dir eine Mahnung${when(p.nextFee, (f) => `, für die eine Mahngebühr von ${f} anfällt`)}.`
              : 'Wir sagen dir Bescheid, bevor etwas anderes passiert.',
          wayOut: () =>
            'Passt es gerade nicht, wähl einfach ein Zahlungsdatum oder teil den Betrag in Raten auf. Und stimmt etwas nicht, sag uns Bescheid; wir pausieren die Erinnerungen, bis wir es geklärt haben.',
        },
      },
    },

    firm: {
      direct: {
        formal: {
          heading: (p) => `Mahnung: ${p.amount} noch offen`,
          body: (p) =>
            `${ihre(p)} ${warFaellig(p)} und ${istNoch(p)}auch nach unserer Zahlungserinnerung noch offen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht eingegangen, senden wir Ihnen eine letzte Mahnung${when(p.nextFee, (f) => ` und berechnen eine Mahngebühr von ${f}`)}.`
              : 'Wir geben Ihnen Bescheid, bevor etwas anderes geschieht.',
          wayOut: () =>
            'Bitte bezahlen Sie jetzt, oder schlagen Sie noch heute eine Ratenzahlung oder ein Zahlungsdatum vor. Stimmt etwas mit der Rechnung nicht, sagen Sie uns Bescheid; dann pausieren wir die Mahnungen, bis wir es geklärt haben.',
        },
        informal: {
          heading: (p) => `Mahnung: ${p.amount} noch offen`,
          body: (p) =>
            `${capitalize(deine(p))} ${warFaellig(p)} und ${istNoch(p)}auch nach unserer Zahlungserinnerung noch offen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Ist die Zahlung bis zum ${p.nextDate} nicht da, schicken wir dir eine letzte Mahnung${when(p.nextFee, (f) => ` und berechnen eine Mahngebühr von ${f}`)}.`
              : 'Wir sagen dir Bescheid, bevor etwas anderes passiert.',
          wayOut: () =>
            'Du kannst jetzt bezahlen oder noch heute eine Ratenzahlung oder ein Zahlungsdatum vorschlagen. Stimmt etwas nicht, sag uns Bescheid; dann pausieren wir die Mahnungen, bis wir es geklärt haben.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Wir möchten gemeinsam mit Ihnen eine Lösung finden',
          body: (p) =>
            `Wir hatten Sie bereits an ${ihre(p)} erinnert, ${faelligAm(p)}. Vielleicht ist unsere Nachricht untergegangen, oder der Zeitpunkt ist gerade ungünstig. So oder so möchten wir gemeinsam mit Ihnen eine Lösung finden.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hören wir bis zum ${p.nextDate} nichts von Ihnen und ist bis dahin keine Zahlung eingegangen, senden wir Ihnen eine letzte Mahnung${when(p.nextFee, (f) => `, für die eine Mahngebühr von ${f} anfällt`)}.`
              : 'Wir geben Ihnen Bescheid, bevor etwas anderes geschieht.',
          wayOut: () =>
            'Sie können jetzt bezahlen, ein Zahlungsdatum wählen oder Raten vorschlagen, die zu Ihrem Budget passen. Stimmt etwas mit der Rechnung nicht, sagen Sie uns bitte Bescheid.',
        },
        informal: {
          heading: () => 'Lass uns gemeinsam eine Lösung finden',
          body: (p) =>
            `Wir hatten dich bereits an ${deine(p)} erinnert, ${faelligAm(p)}. Vielleicht ist unsere Nachricht untergegangen, oder der Zeitpunkt ist gerade ungünstig. So oder so möchten wir gemeinsam mit dir eine Lösung finden.`,
          nextStep: (p) =>
            p.nextDate
              ? `Hören wir bis zum ${p.nextDate} nichts von dir und ist bis dahin keine Zahlung da, schicken wir dir eine letzte Mahnung${when(p.nextFee, (f) => `, für die eine Mahngebühr von ${f} anfällt`)}.`
              : 'Wir sagen dir Bescheid, bevor etwas anderes passiert.',
          wayOut: () =>
            'Du kannst jetzt bezahlen, ein Zahlungsdatum wählen oder Raten vorschlagen, die zu deinem Budget passen. Stimmt etwas nicht, sag uns einfach Bescheid.',
        },
      },
    },

    final: {
      direct: {
        formal: {
          heading: () => 'Letzte Mahnung vor dem Inkasso',
          body: (p) =>
            `${ihre(p)} ${warFaellig(p)} und ${istNoch(p)}auch nach unseren Mahnungen noch offen. Dies ist unsere letzte Mahnung, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
          nextStep: (p) =>
            `Ist der volle Betrag bis ${p.nextDate ? `zum ${p.nextDate}` : 'zur genannten Frist'} nicht eingegangen, übergeben wir die Forderung an ein Inkassounternehmen${when(p.nextFee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
          wayOut: () =>
            'Sie können das hier noch regeln: Bezahlen Sie jetzt, oder schlagen Sie eine Ratenzahlung oder ein Zahlungsdatum vor. Bestreiten Sie die Forderung, sagen Sie uns Bescheid; solange wir das klären, geben wir sie nicht ab.',
        },
        informal: {
          heading: () => 'Letzte Mahnung vor dem Inkasso',
          body: (p) =>
            `${capitalize(deine(p))} ${warFaellig(p)} und ${istNoch(p)}auch nach unseren Mahnungen noch offen. Das ist unsere letzte Mahnung, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
          nextStep: (p) =>
            `Ist der volle Betrag bis ${p.nextDate ? `zum ${p.nextDate}` : 'zur genannten Frist'} nicht da, übergeben wir die Forderung an ein Inkassounternehmen${when(p.nextFee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
          wayOut: () =>
            'Du kannst das hier noch regeln: Bezahl jetzt, oder schlag eine Ratenzahlung oder ein Zahlungsdatum vor. Hältst du die Forderung für falsch, sag uns Bescheid; solange wir das klären, geben wir sie nicht ab.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Letzte Mahnung: Wir finden lieber gemeinsam mit Ihnen eine Lösung',
          body: (p) =>
            `Wir haben Ihnen zu ${byCount(p.count, 'Ihrer Rechnung', `Ihren ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, geschrieben, aber noch nichts von Ihnen gehört. Wir finden viel lieber gemeinsam mit Ihnen eine Lösung und schreiben Ihnen deshalb noch einmal, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
          nextStep: (p) =>
            `Ist der volle Betrag bis ${p.nextDate ? `zum ${p.nextDate}` : 'zur genannten Frist'} nicht eingegangen, übergeben wir die Forderung an ein Inkassounternehmen${when(p.nextFee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
          wayOut: () =>
            'Eine Ratenzahlung oder ein späteres Zahlungsdatum lässt sich hier noch vereinbaren, oder Sie bezahlen jetzt. Gibt es einen Grund, warum die Rechnung noch offen ist, erfahren wir ihn gern von Ihnen.',
        },
        informal: {
          heading: () => 'Letzte Mahnung: Wir finden lieber gemeinsam mit dir eine Lösung',
          body: (p) =>
            `Wir haben dir zu ${byCount(p.count, 'deiner Rechnung', `deinen ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, geschrieben, aber noch nichts von dir gehört. Wir finden viel lieber gemeinsam mit dir eine Lösung und schreiben dir deshalb noch einmal, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
          nextStep: (p) =>
            `Ist der volle Betrag bis ${p.nextDate ? `zum ${p.nextDate}` : 'zur genannten Frist'} nicht da, übergeben wir die Forderung an ein Inkassounternehmen${when(p.nextFee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
          wayOut: () =>
            'Eine Ratenzahlung oder ein späteres Zahlungsdatum lässt sich hier noch vereinbaren, oder du bezahlst jetzt. Gibt es einen Grund, warum die Rechnung noch offen ist, erzähl es uns gern.',
        },
      },
    },

    collection: {
      direct: {
        formal: {
          heading: (p) =>
            p.nextDate
              ? 'Die Forderung geht an ein Inkassounternehmen'
              : 'Die Forderung wurde an ein Inkassounternehmen übergeben',
          body: (p) =>
            `${ihre(p)}, ${faelligAm(p)}, ${wurde(p)} auch nach unserer letzten Mahnung nicht bezahlt. Deshalb ${p.nextDate ? 'übergeben wir' : 'haben wir'} die Forderung an ${p.agency ?? 'ein Inkassounternehmen'}${p.nextDate ? '' : ' übergeben'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Die Übergabe erfolgt am ${p.nextDate}${when(p.nextFee, (f) => `; ab dann kommen Inkassokosten von ${f} hinzu`)}.`
              : `Die Forderung liegt jetzt ${p.agency ? `bei ${p.agency}` : 'beim Inkassounternehmen'}${when(p.nextFee, (f) => `; Inkassokosten von ${f} sind hinzugekommen`)}.`,
          wayOut: () =>
            'Sie können weiterhin hier bezahlen oder eine Ratenzahlung vorschlagen; wir geben das weiter. Halten Sie die Forderung für unberechtigt, sagen Sie uns bitte Bescheid.',
        },
        informal: {
          heading: (p) =>
            p.nextDate
              ? 'Die Forderung geht an ein Inkassounternehmen'
              : 'Die Forderung wurde an ein Inkassounternehmen übergeben',
          body: (p) =>
            `${capitalize(deine(p))}, ${faelligAm(p)}, ${wurde(p)} auch nach unserer letzten Mahnung nicht bezahlt. Deshalb ${p.nextDate ? 'übergeben wir' : 'haben wir'} die Forderung an ${p.agency ?? 'ein Inkassounternehmen'}${p.nextDate ? '' : ' übergeben'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Die Übergabe erfolgt am ${p.nextDate}${when(p.nextFee, (f) => `; ab dann kommen Inkassokosten von ${f} hinzu`)}.`
              : `Die Forderung liegt jetzt ${p.agency ? `bei ${p.agency}` : 'beim Inkassounternehmen'}${when(p.nextFee, (f) => `; Inkassokosten von ${f} sind hinzugekommen`)}.`,
          wayOut: () =>
            'Du kannst weiterhin hier bezahlen oder eine Ratenzahlung vorschlagen; wir geben das weiter. Hältst du die Forderung für falsch, sag uns Bescheid.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Sie können das weiterhin mit uns regeln',
          body: (p) =>
            `Leider haben wir uns über ${ihre(p)}, ${faelligAm(p)}, nicht einigen können. Deshalb ${p.nextDate ? 'übergeben wir' : 'haben wir'} die Forderung an ${p.agency ?? 'ein Inkassounternehmen'}${p.nextDate ? '' : ' übergeben'}. Wir würden die Sache trotzdem gern direkt mit Ihnen klären.`,
          nextStep: (p) =>
            p.nextDate
              ? `Die Übergabe erfolgt am ${p.nextDate}${when(p.nextFee, (f) => `; ab dann kommen Inkassokosten von ${f} hinzu`)}.`
              : `Die Forderung liegt jetzt ${p.agency ? `bei ${p.agency}` : 'beim Inkassounternehmen'}${when(p.nextFee, (f) => `; Inkassokosten von ${f} sind hinzugekommen`)}.`,
          wayOut: () =>
            'Sie können gern hier bezahlen oder eine Ratenzahlung vorschlagen; wir geben das weiter. Stimmt etwas an der Forderung nicht, sagen Sie uns bitte Bescheid.',
        },
        informal: {
          heading: () => 'Du kannst das weiterhin mit uns regeln',
          body: (p) =>
            `Leider haben wir uns über ${deine(p)}, ${faelligAm(p)}, nicht einigen können. Deshalb ${p.nextDate ? 'übergeben wir' : 'haben wir'} die Forderung an ${p.agency ?? 'ein Inkassounternehmen'}${p.nextDate ? '' : ' übergeben'}. Wir würden die Sache trotzdem gern direkt mit dir klären.`,
          nextStep: (p) =>
            p.nextDate
              ? `Die Übergabe erfolgt am ${p.nextDate}${when(p.nextFee, (f) => `; ab dann kommen Inkassokosten von ${f} hinzu`)}.`
              : `Die Forderung liegt jetzt ${p.agency ? `bei ${p.agency}` : 'beim Inkassounternehmen'}${when(p.nextFee, (f) => `; Inkassokosten von ${f} sind hinzugekommen`)}.`,
          wayOut: () =>
            'Du kannst gern hier bezahlen oder eine Ratenzahlung vorschlagen; wir geben das weiter. Stimmt etwas an der Forderung nicht, sag uns Bescheid.',
        },
      },
    },

    paused: {
      dispute: {
        direct: {
          formal: {
            heading: () => 'Erinnerungen pausiert, während wir Ihr Anliegen prüfen',
            body: (p) =>
              `Sie haben uns mitgeteilt, dass mit ${byCount(p.count, 'Ihrer Rechnung', `Ihren ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, etwas nicht stimmt. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Sie erhalten bis zum ${p.nextDate} eine Antwort von uns.`
                : 'Sie erhalten so bald wie möglich eine Antwort von uns.',
            wayOut: () =>
              'Den Teil, den Sie nicht bestreiten, können Sie jederzeit bezahlen. Möchten Sie noch etwas ergänzen, melden Sie sich gern bei uns.',
          },
          informal: {
            heading: () => 'Erinnerungen pausiert, während wir dein Anliegen prüfen',
            body: (p) =>
              `Du hast uns mitgeteilt, dass mit ${byCount(p.count, 'deiner Rechnung', `deinen ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, etwas nicht stimmt. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Du bekommst bis zum ${p.nextDate} eine Antwort von uns.`
                : 'Du bekommst so bald wie möglich eine Antwort von uns.',
            wayOut: () =>
              'Den Teil, den du nicht bestreitest, kannst du jederzeit bezahlen. Möchtest du noch etwas ergänzen, melde dich gern bei uns.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Vielen Dank für Ihren Hinweis',
            body: (p) =>
              `Vielen Dank, dass Sie uns auf das Problem mit ${byCount(p.count, 'Ihrer Rechnung', `Ihren ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, aufmerksam gemacht haben. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Sie erhalten bis zum ${p.nextDate} eine Antwort von uns.`
                : 'Sie erhalten so bald wie möglich eine Antwort von uns.',
            wayOut: () =>
              'Den Teil, den Sie nicht bestreiten, können Sie bezahlen, wann es Ihnen passt. Möchten Sie noch etwas ergänzen, melden Sie sich gern bei uns.',
          },
          informal: {
            heading: () => 'Danke für deinen Hinweis',
            body: (p) =>
              `Danke, dass du uns auf das Problem mit ${byCount(p.count, 'deiner Rechnung', `deinen ${n(p.count)} Rechnungen`)} von ${p.creditor} über ${byCount(p.count, '', 'insgesamt ')}${p.amount}, ${faelligAm(p)}, aufmerksam gemacht hast. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Du bekommst bis zum ${p.nextDate} eine Antwort von uns.`
                : 'Du bekommst so bald wie möglich eine Antwort von uns.',
            wayOut: () =>
              'Den Teil, den du nicht bestreitest, kannst du bezahlen, wann es dir passt. Möchtest du noch etwas ergänzen, melde dich gern bei uns.',
          },
        },
      },
      plan: {
        direct: {
          formal: {
            heading: () => 'Ihre Ratenzahlung läuft',
            body: (p) =>
              `Sie zahlen ${ihre(p)}, ${faelligAm(p)}, in Raten. Solange die Raten wie vereinbart eingehen, senden wir keine Erinnerungen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ihre nächste Rate${when(p.nextAmount, (a) => ` über ${a}`)} ist am ${p.nextDate} fällig.`
                : 'Alle Raten finden Sie in Ihrem Ratenplan.',
            wayOut: () =>
              'Sie können jederzeit mehr zahlen oder den Rest auf einmal begleichen. Wird ein Ratentermin schwierig, sagen Sie uns bitte vorher Bescheid.',
          },
          informal: {
            heading: () => 'Deine Ratenzahlung läuft',
            body: (p) =>
              `Du zahlst ${deine(p)}, ${faelligAm(p)}, in Raten. Solange die Raten wie vereinbart eingehen, schicken wir keine Erinnerungen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Deine nächste Rate${when(p.nextAmount, (a) => ` über ${a}`)} ist am ${p.nextDate} fällig.`
                : 'Alle Raten findest du in deinem Ratenplan.',
            wayOut: () =>
              'Du kannst jederzeit mehr zahlen oder den Rest auf einmal begleichen. Wird ein Ratentermin schwierig, sag uns vorher Bescheid.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Vielen Dank für Ihre Ratenvereinbarung',
            body: (p) =>
              `Sie zahlen ${ihre(p)}, ${faelligAm(p)}, wie vereinbart in Raten. Solange die Raten eingehen, senden wir keine Erinnerungen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Ihre nächste Rate${when(p.nextAmount, (a) => ` über ${a}`)} ist am ${p.nextDate} fällig.`
                : 'Alle Raten finden Sie in Ihrem Ratenplan.',
            wayOut: () =>
              'Sie können jederzeit gern mehr zahlen oder den Rest auf einmal begleichen. Sollte ein Ratentermin schwierig werden, geben Sie uns bitte vorher Bescheid.',
          },
          informal: {
            heading: () => 'Danke für deine Ratenvereinbarung',
            body: (p) =>
              `Du zahlst ${deine(p)}, ${faelligAm(p)}, wie vereinbart in Raten. Solange die Raten eingehen, schicken wir keine Erinnerungen.`,
            nextStep: (p) =>
              p.nextDate
                ? `Deine nächste Rate${when(p.nextAmount, (a) => ` über ${a}`)} ist am ${p.nextDate} fällig.`
                : 'Alle Raten findest du in deinem Ratenplan.',
            wayOut: () =>
              'Du kannst jederzeit mehr zahlen oder den Rest auf einmal begleichen. Wird ein Ratentermin schwierig, sag uns gern vorher Bescheid.',
          },
        },
      },
      promise: {
        direct: {
          formal: {
            heading: () => 'Zahlungsdatum vorgemerkt',
            body: (p) => `Sie haben für ${ihre(p)}, ${faelligAm(p)}, ein Zahlungsdatum gewählt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} senden wir keine Erinnerungen. Ist die Zahlung dann nicht eingegangen, geht es mit den Erinnerungen weiter${when(p.nextFee, (f) => `, mit einer Gebühr von ${f}`)}.`
                : 'Bis zum gewählten Datum senden wir keine Erinnerungen.',
            wayOut: () =>
              'Sie können auch schon jetzt bezahlen oder eine Ratenzahlung vorschlagen, falls das Datum doch nicht passt.',
          },
          informal: {
            heading: () => 'Zahlungsdatum vorgemerkt',
            body: (p) => `Du hast für ${deine(p)}, ${faelligAm(p)}, ein Zahlungsdatum gewählt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} schicken wir keine Erinnerungen. Ist die Zahlung dann nicht da, geht es mit den Erinnerungen weiter${when(p.nextFee, (f) => `, mit einer Gebühr von ${f}`)}.`
                : 'Bis zum gewählten Datum schicken wir keine Erinnerungen.',
            wayOut: () =>
              'Du kannst auch schon jetzt bezahlen oder den Betrag in Raten aufteilen, falls das Datum doch nicht passt.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Vielen Dank, wir haben Ihr Zahlungsdatum vorgemerkt',
            body: (p) =>
              `Vielen Dank, dass Sie für ${ihre(p)}, ${faelligAm(p)}, ein Zahlungsdatum gewählt haben.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} senden wir keine Erinnerungen. Ist die Zahlung dann nicht eingegangen, geht es mit den Erinnerungen weiter${when(p.nextFee, (f) => `, mit einer Gebühr von ${f}`)}.`
                : 'Bis zum gewählten Datum senden wir keine Erinnerungen.',
            wayOut: () =>
              'Wenn Ihnen das lieber ist, können Sie auch schon jetzt bezahlen, oder Sie schlagen eine Ratenzahlung vor, falls das Datum doch nicht passt.',
          },
          informal: {
            heading: () => 'Danke, wir haben dein Zahlungsdatum vorgemerkt',
            body: (p) => `Danke, dass du für ${deine(p)}, ${faelligAm(p)}, ein Zahlungsdatum gewählt hast.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} schicken wir keine Erinnerungen. Ist die Zahlung dann nicht da, geht es mit den Erinnerungen weiter${when(p.nextFee, (f) => `, mit einer Gebühr von ${f}`)}.`
                : 'Bis zum gewählten Datum schicken wir keine Erinnerungen.',
            wayOut: () =>
              'Wenn dir das lieber ist, kannst du auch schon jetzt bezahlen, oder du teilst den Betrag in Raten auf, falls das Datum doch nicht passt.',
          },
        },
      },
      creditor: {
        direct: {
          formal: {
            heading: () => 'Erinnerungen ruhen',
            body: (p) => `Wir haben die Erinnerungen für ${ihre(p)}, ${faelligAm(p)}, ausgesetzt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} geschieht nichts weiter.`
                : 'Wir geben Ihnen Bescheid, bevor sich etwas ändert.',
            wayOut: () =>
              'Sie können trotzdem jederzeit bezahlen, ein Zahlungsdatum wählen oder eine Ratenzahlung vorschlagen.',
          },
          informal: {
            heading: () => 'Erinnerungen ruhen',
            body: (p) => `Wir haben die Erinnerungen für ${deine(p)}, ${faelligAm(p)}, ausgesetzt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} passiert nichts weiter.`
                : 'Wir sagen dir Bescheid, bevor sich etwas ändert.',
            wayOut: () =>
              'Du kannst trotzdem jederzeit bezahlen, ein Zahlungsdatum wählen oder den Betrag in Raten aufteilen.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Erinnerungen ruhen vorerst',
            body: (p) => `Wir haben die Erinnerungen für ${ihre(p)}, ${faelligAm(p)}, ausgesetzt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} geschieht nichts weiter.`
                : 'Wir geben Ihnen Bescheid, bevor sich etwas ändert.',
            wayOut: () =>
              'Wann immer es Ihnen passt, können Sie gern bezahlen, ein Zahlungsdatum wählen oder eine Ratenzahlung vorschlagen.',
          },
          informal: {
            heading: () => 'Erinnerungen ruhen vorerst',
            body: (p) => `Wir haben die Erinnerungen für ${deine(p)}, ${faelligAm(p)}, ausgesetzt.`,
            nextStep: (p) =>
              p.nextDate
                ? `Bis zum ${p.nextDate} passiert nichts weiter.`
                : 'Wir sagen dir Bescheid, bevor sich etwas ändert.',
            wayOut: () =>
              'Wann immer es dir passt, kannst du bezahlen, ein Zahlungsdatum wählen oder den Betrag in Raten aufteilen.',
          },
        },
      },
    },
  },

  nextStep: {
    heading: 'Wie es weitergeht',
    kinds: {
      reminder: {
        label: 'Zahlungserinnerung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur Fälligkeit'} nicht eingegangen, folgt eine Zahlungserinnerung${when(p.fee, (f) => ` mit einer Gebühr von ${f}`)}.`,
      },
      firm: {
        label: 'Mahnung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, folgt eine Mahnung${when(p.fee, (f) => ` mit einer Mahngebühr von ${f}`)}.`,
      },
      final: {
        label: 'Letzte Mahnung',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, folgt eine letzte Mahnung${when(p.fee, (f) => ` mit einer Mahngebühr von ${f}`)}.`,
      },
      collection: {
        label: 'Inkasso',
        sentence: (p) =>
          `Ist die Zahlung bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'} nicht eingegangen, geht die Forderung an ein Inkassounternehmen${when(p.fee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
      },
      instalment_due: {
        label: 'Nächste Rate',
        sentence: (p) =>
          `Die nächste Rate${when(p.amount, (a) => ` über ${a}`)} ist ${p.date ? `am ${p.date}` : 'zum vereinbarten Termin'} fällig.`,
      },
      promise_due: {
        label: 'Vereinbartes Zahlungsdatum',
        sentence: (p) =>
          `Die Zahlung${when(p.amount, (a) => ` über ${a}`)} wird bis ${p.date ? `zum ${p.date}` : 'zum gewählten Datum'} erwartet; bis dahin kommen keine Erinnerungen.`,
      },
      dispute_answer: {
        label: 'Antwort auf den Einwand',
        sentence: (p) =>
          `Eine Antwort kommt bis ${p.date ? `zum ${p.date}` : 'zur genannten Frist'}; bis dahin ruhen die Erinnerungen für den strittigen Teil.`,
      },
      none: {
        label: 'Nichts geplant',
        sentence: () => 'Weitere Schritte sind nicht geplant.',
      },
    },
  },

  charges: {
    heading: 'Gebühren und Zinsen',
    kinds: {
      reminder_fee: 'Mahngebühr',
      collection_notice_fee: 'Gebühr für die letzte Mahnung',
      payment_demand_fee: 'Gebühr für die Zahlungsaufforderung',
      collection_costs: 'Inkassokosten',
      late_interest: 'Verzugszinsen',
      compensation: 'Verzugspauschale',
      plan_fee: 'Gebühr für die Ratenzahlung',
    },
    reasons: {
      'no.inkassoloven.purregebyr': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das norwegische Recht erlaubt sie für eine schriftliche Mahnung, die frühestens 14 Tage nach Fälligkeit verschickt wird, und deckelt ihre Höhe.`,
      'no.inkassoloven.inkassovarsel': (p) =>
        `Eine Gebühr von ${p.amount} für die letzte Mahnung vor dem Inkasso (inkassovarsel), nach norwegischem Recht erlaubt und gedeckelt.`,
      'no.inkassoloven.betalingsoppfordring': (p) =>
        `Eine Gebühr von ${p.amount} für die eigene Zahlungsaufforderung des Gläubigers, nach norwegischem Recht erlaubt und gedeckelt.`,
      'no.forsinkelsesrenteloven': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}. Den Satz legt der norwegische Staat zweimal im Jahr fest.`,
      'no.forsinkelsesrenteloven.3a': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung unter Unternehmen, nach norwegischem Recht.`,
      'nl.wik.bik': (p) =>
        `Inkassokosten von ${p.amount}, nach der gesetzlichen Staffel der Niederlande berechnet. Verlangt werden dürfen sie erst nach einer kostenlosen Mahnung mit 14 Tagen Frist.`,
      'nl.wik.14-dagenbrief': () =>
        'Die letzte Mahnung vor Inkassokosten nach niederländischem Recht: 14 Tage Zeit zum Zahlen, und selbst kostenlos.',
      'nl.bw.6-119': (p) =>
        `Gesetzliche Zinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach niederländischem Recht für verspätete Zahlung.`,
      'nl.bw.6-119a': (p) =>
        `Gesetzliche Handelszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach niederländischem Recht für verspätete Zahlung unter Unternehmen.`,
      'nl.bw.6-96': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung unter Unternehmen, nach niederländischem Recht.`,
      'de.bgb.286': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das Gesetz erlaubt nur die tatsächlichen Kosten einer Mahnung, und nicht für die erste.`,
      'de.bgb.288': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}. Das Gesetz legt den Satz über dem Basiszinssatz fest (§ 288 BGB).`,
      'de.bgb.288.5': (p) =>
        `Eine Pauschale von ${p.amount}, die das Gesetz erlaubt, wenn ein Unternehmen zu spät zahlt (§ 288 Abs. 5 BGB).`,
      'gb.late-payment-act': (p) =>
        `Gesetzliche Zinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach dem britischen Gesetz über verspätete Zahlungen unter Unternehmen.`,
      'gb.late-payment-act.fixed-sum': (p) =>
        `Eine Pauschale von ${p.amount} für verspätete Zahlung: ein fester Betrag, den das britische Recht unter Unternehmen erlaubt, je nach Höhe der Forderung.`,
      'gb.pre-action-protocol': () =>
        'Ein förmliches Schreiben mit 30 Tagen Antwortfrist, das im Vereinigten Königreich vorgeschrieben ist, bevor eine Forderung gegen eine Privatperson weiterverfolgt werden kann.',
      'se.inkassokostnadslagen': (p) =>
        `Eine Mahngebühr von ${p.amount}, die das schwedische Recht nur erlaubt, wenn sie bei Entstehen der Schuld vereinbart wurde.`,
      'se.inkassokostnadslagen.inkassokrav': (p) =>
        `Eine Gebühr von ${p.amount} für eine Inkassoforderung, nach schwedischem Recht gedeckelt.`,
      'se.inkassokostnadslagen.amorteringsplan': (p) =>
        `Eine Gebühr von ${p.amount} für die Einrichtung eines Ratenplans, nach schwedischem Recht gedeckelt.`,
      'se.rantelagen': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach schwedischem Recht.`,
      'dk.renteloven.9b': (p) =>
        `Eine Mahngebühr von ${p.amount}. Das dänische Recht deckelt sie und erlaubt höchstens drei, mit mindestens 10 Tagen Abstand.`,
      'dk.renteloven': (p) =>
        `Verzugszinsen von ${p.amount}${when(p.rate, (r) => ` zu ${r} im Jahr`)}${when(p.from, (f) => ` vom ${f}`)}${when(p.to, (t) => ` bis zum ${t}`)}, nach dänischem Recht.`,
      'eu.2011-7': (p) =>
        `${p.amount} nach den EU-Regeln für verspätete Zahlungen unter Unternehmen: mindestens 40 € Pauschale und Zinsen von 8 Prozentpunkten über dem Zinssatz der Zentralbank.`,
    },
    otherReason: (p) => `${p.amount}, berechnet nach den vereinbarten Vertragsbedingungen.`,
    rate: (p) => `${p.rate} im Jahr`,
    period: (p) => `vom ${p.from} bis zum ${p.to}`,
  },

  glossary: {
    heading: 'Begriffe erklärt',
    terms: {
      'no.purregebyr': {
        term: 'Purregebyr (norwegische Mahngebühr)',
        explanation:
          'Eine kleine Gebühr, die in Norwegen für eine schriftliche Mahnung frühestens 14 Tage nach Fälligkeit verlangt werden darf. Das Gesetz deckelt ihre Höhe.',
      },
      'no.forsinkelsesrente': {
        term: 'Forsinkelsesrente (norwegische Verzugszinsen)',
        explanation:
          'Zinsen auf einen offenen Betrag vom Tag nach der Fälligkeit bis zur Zahlung. Den Satz legt der norwegische Staat zweimal im Jahr fest.',
      },
      'no.inkassovarsel': {
        term: 'Inkassovarsel (norwegische letzte Mahnung)',
        explanation:
          'Die letzte Mahnung, bevor eine Forderung an ein Inkassounternehmen gehen darf. Das norwegische Gesetz verlangt mindestens 14 Tage Zahlungsfrist.',
      },
      'no.inkasso': {
        term: 'Inkasso',
        explanation:
          'Ein Inkassounternehmen übernimmt eine offene Forderung. Die Kosten kommen zum Betrag hinzu; es lohnt sich daher, vorher zu zahlen oder Raten zu vereinbaren.',
      },
      'no.kid': {
        term: 'KID-Nummer',
        explanation:
          'Eine norwegische Zahlungsreferenz aus Ziffern. Mit ihr in der Überweisung wird die Zahlung der richtigen Rechnung zugeordnet.',
      },
      'nl.wettelijke-rente': {
        term: 'Wettelijke rente (niederländische gesetzliche Zinsen)',
        explanation:
          'Die Zinsen, die das niederländische Recht erlaubt, wenn Verbraucher zu spät zahlen. Den Satz legt der Staat fest.',
      },
      'nl.handelsrente': {
        term: 'Handelsrente (niederländische Handelszinsen)',
        explanation:
          'Die gesetzlichen Zinsen bei verspäteter Zahlung unter Unternehmen in den Niederlanden, höher als die Zinsen für Verbraucher.',
      },
      'nl.incassokosten': {
        term: 'Incassokosten (niederländische Inkassokosten)',
        explanation:
          'Kosten, die hinzukommen dürfen, wenn eine Rechnung nach der letzten Mahnung noch offen ist. Das Gesetz begrenzt sie nach einer festen Staffel, mindestens 40 €.',
      },
      'nl.14-dagenbrief': {
        term: '14-dagenbrief',
        explanation:
          'Die letzte, kostenlose Mahnung in den Niederlanden, bevor Inkassokosten verlangt werden dürfen. Die Zahlungsfrist beträgt 14 Tage, gerechnet ab dem Tag nach Erhalt.',
      },
      'nl.betalingskenmerk': {
        term: 'Betalingskenmerk (niederländische Zahlungsreferenz)',
        explanation:
          'Eine Ziffernfolge für das Referenzfeld der Überweisung. So wird die Zahlung automatisch der richtigen Rechnung zugeordnet.',
      },
      'de.verzugszinsen': {
        term: 'Verzugszinsen',
        explanation:
          'Zinsen, die das Gesetz erlaubt, sobald eine Zahlung verspätet ist. Der Satz liegt eine feste Zahl von Prozentpunkten über dem Basiszinssatz.',
      },
      'de.mahngebuehr': {
        term: 'Mahngebühr',
        explanation:
          'Eine kleine Gebühr für eine Mahnung, wenn die Zahlung schon verspätet ist. Erlaubt sind nur die tatsächlichen Kosten, meist wenige Euro.',
      },
      'de.mahnung': {
        term: 'Mahnung',
        explanation:
          'Die schriftliche Aufforderung, eine fällige Rechnung zu bezahlen. Ab ihr können in der Regel Verzugszinsen berechnet werden.',
      },
      'gb.late-payment-compensation': {
        term: 'Late payment compensation (britische Verzugspauschale)',
        explanation:
          'Ein fester Betrag von 40, 70 oder 100 £, je nach Höhe der Forderung, den das britische Recht erlaubt, wenn ein Unternehmen ein anderes zu spät bezahlt.',
      },
      'rf-reference': {
        term: 'RF-Referenz',
        explanation:
          'Eine internationale Zahlungsreferenz, die mit RF beginnt. Genau so in die Überweisung übernommen, wird die Zahlung automatisch zugeordnet.',
      },
      'instalment-plan': {
        term: 'Ratenzahlung',
        explanation:
          'Eine Vereinbarung, den Betrag in mehreren kleineren Teilen zu festen Terminen zu zahlen. Solange die Raten eingehen, kommen keine Erinnerungen.',
      },
      dispute: {
        term: 'Einwand',
        explanation:
          'Dem Gläubiger mitteilen, dass eine Rechnung ganz oder teilweise nicht stimmt. Der strittige Teil ruht, bis er geklärt ist; der Rest bleibt zu zahlen.',
      },
    },
  },

  explainer: {
    heading: (p) => `Rechnung ${p.number}`,
    invoiceNumber: 'Rechnungsnummer',
    issued: 'Rechnungsdatum',
    due: 'Fällig am',
    total: 'Gesamtbetrag',
    openAmount: 'Offener Betrag',
    daysOverdue: (p) => byCount(p.count, '1 Tag überfällig', `${n(p.count)} Tage überfällig`),
    disputedPart: (p) => `${p.amount} strittig, ruht`,
    lines: 'Wofür die Rechnung ist',
    description: 'Beschreibung',
    quantity: 'Menge',
    unitPrice: 'Einzelpreis',
    lineAmount: 'Betrag',
    deliveredOn: (p) => `Geliefert am ${p.date}`,
    lineReference: (p) => `Referenz ${p.reference}`,
    references: 'Referenzen',
    order: 'Bestellung',
    contract: 'Vertrag',
    purchaseOrder: 'Bestellnummer des Kunden (PO)',
    charges: 'Gebühren und Zinsen',
    noCharges: 'Es sind keine Gebühren oder Zinsen hinzugekommen.',
    paymentsReceived: 'Eingegangene Zahlungen',
    noPayments: 'Noch keine Zahlungen eingegangen.',
    paymentMethods: {
      card: 'Karte',
      wallet: 'Digitale Geldbörse',
      bank_transfer: 'Überweisung',
      credit: 'Gutschrift',
      other: 'Sonstiges',
    },
    remindersSent: 'Versendete Erinnerungen',
    noReminders: 'Es wurden keine Erinnerungen versendet.',
    channels: { email: 'E-Mail', sms: 'SMS', letter: 'Brief', portal: 'Kundenportal' },
    timeline: {
      'reminder.sent': (p) =>
        `Erinnerung am ${p.date}${when(p.channel, (c) => ` per ${c}`)} versendet${when(p.amount, (a) => `, Gebühr ${a}`)}`,
      'charge.added': (p) => `${p.amount ?? 'Gebühr'} am ${p.date} hinzugekommen`,
      'payment.received': (p) => `Zahlung${when(p.amount, (a) => ` über ${a}`)} am ${p.date} eingegangen`,
      'dispute.opened': (p) => `Einwand am ${p.date} eingegangen`,
      'plan.accepted': (p) => `Ratenzahlung am ${p.date} vereinbart`,
      'promise.made': (p) => `Zahlungsdatum am ${p.date} gewählt`,
      'stage.changed': (p) => `Status am ${p.date} aktualisiert`,
    },
    whatHappensNext: 'Wie es weitergeht',
    originalDocument: 'Originalrechnung (PDF)',
    opensInNewTab: 'öffnet in einem neuen Tab',
    issuedBy: (p) => `Von ${p.creditor}`,
    dueIn: (p) =>
      p.count <= 0 ? 'Heute fällig' : byCount(p.count, 'Morgen fällig', `Fällig in ${n(p.count)} Tagen`),
    nothingToPay: 'Vollständig bezahlt. Es ist nichts mehr offen.',
    chargeAddedOn: (p) => `Hinzugefügt am ${p.date}`,
    lineProblem: 'Stimmt etwas mit dieser Position nicht?',
    actionsHeading: 'Möglichkeiten zu dieser Rechnung',
  },

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
    reference: 'Verwendungszweck',
    referenceSchemes: { kid: 'KID-Nummer', rf: 'RF-Referenz', nl: 'Zahlungsreferenz (betalingskenmerk)' },
    referenceHint:
      'Bitte die Referenz genau so übernehmen, damit die Zahlung der richtigen Rechnung zugeordnet wird.',
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

  plan: {
    heading: 'Ratenzahlung vorschlagen',
    intro:
      'Den Betrag in Raten aufteilen, die ins Budget passen. Ein Plan innerhalb der Bedingungen unten gilt sofort als vereinbart.',
    modeInstalments: 'In Raten zahlen',
    modePromise: 'Alles zu einem Termin zahlen',
    count: 'Anzahl der Raten',
    countOption: (p) => byCount(p.count, '1 Rate', `${n(p.count)} Raten`),
    amountPerInstalment: 'Betrag pro Rate',
    firstDate: 'Erste Zahlung am',
    scheduleHeading: 'Ratenplan',
    instalment: (p) => `Rate ${n(p.index)}`,
    scheduleRow: (p) => `Rate ${n(p.index)}: ${p.amount} am ${p.date}`,
    total: (p) => `Gesamt ${p.amount}`,
    fee: (p) => `Gebühr für die Ratenzahlung ${p.amount}`,
    policyHeading: 'Bedingungen für Ratenzahlungen',
    policyMinInstalment: (p) => `Jede Rate beträgt mindestens ${p.amount}.`,
    policyMaxCount: (p) => byCount(p.count, 'Höchstens 1 Rate.', `Höchstens ${n(p.count)} Raten.`),
    policyMaxMonths: (p) =>
      byCount(p.count, 'Innerhalb von 1 Monat abbezahlt.', `Innerhalb von ${n(p.count)} Monaten abbezahlt.`),
    policyFirstWithin: (p) =>
      byCount(
        p.count,
        'Die erste Zahlung erfolgt innerhalb von 1 Tag.',
        `Die erste Zahlung erfolgt innerhalb von ${n(p.count)} Tagen.`,
      ),
    policyFee: (p) => `Eine Ratenzahlung kostet ${p.amount}; die Gebühr kommt zur ersten Rate hinzu.`,
    policyNoFee: 'Eine Ratenzahlung kostet nichts extra.',
    outsidePolicy: (p) =>
      `Dieser Vorschlag liegt außerhalb der üblichen Bedingungen. ${p.creditor} prüft ihn und antwortet; bis dahin ruhen die Erinnerungen.`,
    violations: {
      minInstalment: (p) => `Jede Rate muss mindestens ${p.amount} betragen. Mit weniger Raten klappt das.`,
      maxCount: (p) =>
        byCount(p.count, 'Möglich ist höchstens 1 Rate.', `Möglich sind höchstens ${n(p.count)} Raten.`),
      maxMonths: (p) =>
        byCount(
          p.count,
          'Die letzte Rate muss innerhalb von 1 Monat liegen.',
          `Die letzte Rate muss innerhalb von ${n(p.count)} Monaten liegen.`,
        ),
      firstTooLate: (p) => `Die erste Zahlung muss spätestens am ${p.date} sein.`,
      firstInPast: 'Die erste Zahlung kann frühestens heute sein.',
      sumMismatch: (p) => `Die Raten müssen zusammen ${p.amount} ergeben.`,
      notOffered:
        'Für diese Rechnung ist keine Ratenzahlung möglich. Ein Zahlungsdatum lässt sich aber wählen.',
    },
    submit: 'Vorschlag senden',
    sending: 'Wird gesendet …',
    acceptedHeading: 'Die Ratenzahlung ist vereinbart',
    acceptedBody: (p) =>
      `Die erste Rate über ${p.amount} ist am ${p.date} fällig. Solange die Raten eingehen, kommen keine Erinnerungen.`,
    pendingHeading: 'Vorschlag gesendet',
    pendingBody: (p) => `${p.creditor} antwortet bis zum ${p.date}. Bis dahin ruhen die Erinnerungen.`,
    promiseDate: 'Zahlungsdatum',
    promiseStatement: (p) => `Ich bezahle alles bis zum ${p.date}`,
    promiseHint: (p) => `Ein Datum bis spätestens ${p.date} wählen.`,
    promiseTooLate: (p) => `Das Zahlungsdatum muss spätestens der ${p.date} sein.`,
    submitPromise: 'Zahlungsdatum bestätigen',
    promiseConfirmedHeading: 'Zahlungsdatum bestätigt',
    promiseConfirmedBody: (p) =>
      `Die Zahlung über ${p.amount} wird bis zum ${p.date} erwartet. Bis dahin kommen keine Erinnerungen.`,
    splitBy: 'Wie soll der Betrag aufgeteilt werden?',
    splitByCount: 'Nach Anzahl der Raten',
    splitByAmount: 'Nach Betrag pro Rate',
    countOptionReview: (p) => `${n(p.count)} Raten (muss genehmigt werden)`,
    amountHint: (p) => `Mindestens ${p.min}. Der Ratenplan zeigt, wie viele Raten das ergibt.`,
    firstDateHint: (p) => `Ein Tag vom ${p.earliest} bis zum ${p.latest}.`,
    frequency: 'Wie oft',
    monthly: 'Jeden Monat',
    biweekly: 'Alle zwei Wochen',
    scheduleWaiting: 'Aufteilung und erstes Zahlungsdatum wählen, dann erscheint der Ratenplan.',
    scheduleSummary: (p) =>
      byCount(
        p.count,
        `Eine Zahlung über ${p.total} am ${p.first}.`,
        `${n(p.count)} Raten vom ${p.first} bis zum ${p.last}, insgesamt ${p.total}.`,
      ),
    instalmentHeader: 'Rate',
    dueDate: 'Fällig am',
    amount: 'Betrag',
    status: 'Stand',
    statuses: {
      due: 'Offen',
      paid: 'Bezahlt',
      part_paid: 'Teilweise bezahlt',
      overdue: 'Verspätet',
      missed: 'Nicht bezahlt',
    },
    includesFee: (p) => `einschließlich der Gebühr von ${p.amount}`,
    waivedInterest: (p) => `Zinsen von ${p.amount} entfallen, solange der Ratenplan eingehalten wird.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'Eine verspätete Rate kann noch am Tag danach bezahlt werden, bevor die Vereinbarung endet.',
        `Eine verspätete Rate kann noch innerhalb von ${n(p.count)} Tagen bezahlt werden, bevor die Vereinbarung endet.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `Ein Plan außerhalb dieser Bedingungen lässt sich trotzdem vorschlagen: ${p.creditor} antwortet innerhalb von 1 Tag.`,
        `Ein Plan außerhalb dieser Bedingungen lässt sich trotzdem vorschlagen: ${p.creditor} antwortet innerhalb von ${n(p.count)} Tagen.`,
      ),
    moreViolations: {
      frequency: 'Die Raten sind einmal im Monat fällig.',
      afterLapse: 'Eine frühere Ratenzahlung für diese Rechnung wurde nicht eingehalten.',
      currency: 'Die Raten müssen in der Währung der Rechnung sein.',
      countTooHigh: (p) => `Das wären mehr als ${n(p.count)} Raten. Bitte einen höheren Betrag eingeben.`,
    },
    howToPayHeading: 'So wird bezahlt',
    howToPayPlan: 'Jede Rate bis zum Fälligkeitstag per Überweisung zahlen, mit diesen Angaben:',
    howToPayPromise: 'Bis zum Datum per Überweisung zahlen, mit diesen Angaben:',
    alreadyPlanned: 'Für diese Rechnung gibt es bereits eine Ratenzahlung.',
    alreadyPromised: 'Für diese Rechnung wurde bereits ein Zahlungsdatum genannt.',
    nothingToPay: 'Auf dieser Rechnung ist nichts mehr offen.',
    loadFailed: 'Die Möglichkeiten zur Ratenzahlung konnten gerade nicht geladen werden.',
    sendFailed: 'Der Vorschlag konnte gerade nicht gesendet werden. Bitte noch einmal versuchen.',
    promiseHeading: 'Zahlungsdatum wählen',
    promiseIntro: (p) =>
      `Den Tag wählen, an dem ${p.amount} bezahlt wird. Bis dahin kommen keine Erinnerungen.`,
    promiseInPast: 'Das Zahlungsdatum kann frühestens heute sein.',
  },

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
    submit: 'Senden',
    sending: 'Wird gesendet …',
    confirmationHeading: 'Vielen Dank, die Nachricht ist angekommen',
    reference: (p) => `Aktenzeichen: ${p.reference}`,
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

  validation: {
    summary: (p) => byCount(p.count, 'Bitte 1 Feld prüfen', `Bitte ${n(p.count)} Felder prüfen`),
    required: 'Bitte ausfüllen.',
    amountInvalid: 'Bitte einen Betrag eingeben, zum Beispiel 150 oder 150,50.',
    amountTooLow: (p) => `Bitte mindestens ${p.min} eingeben.`,
    amountTooHigh: (p) => `Bitte höchstens ${p.max} eingeben.`,
    dateInvalid: 'Bitte ein Datum wählen.',
    dateInPast: 'Bitte heute oder ein späteres Datum wählen.',
    chooseReason: 'Bitte auswählen, worum es geht.',
    chooseLines: 'Bitte mindestens eine Position auswählen.',
    messageTooLong: (p) => `Bitte die Nachricht auf ${n(p.max)} Zeichen kürzen.`,
  },
};
