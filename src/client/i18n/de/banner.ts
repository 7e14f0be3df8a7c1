import type { BannerParams } from '../messages';
import type { PartCopy } from '../parts';
import { capitalize, when } from '../text';
import { byCount, n } from './common';

// Deutsch. „Sie“ ist in Zahlungserinnerungen der Standard (formal); „du“ (informal) nur, wenn
// der Gläubiger so mit seinen Kunden spricht. Nie gemischt. Außerhalb des Banners kommt die
// Oberfläche ohne Anrede aus (Infinitive, unpersönliche Sätze), damit sie zu beidem passt.

/** „ (einschließlich 0,11 € Zinsen und Gebühren)“ when the amount includes charges, else nothing. */
const einschliesslich = (p: BannerParams): string =>
  when(p.charges, (charges) => ` (einschließlich ${charges} Zinsen und Gebühren)`);
/** „über 10 €“ / „über insgesamt 20 €“, with any charges named. */
const ueber = (p: BannerParams): string =>
  `über ${byCount(p.count, '', 'insgesamt ')}${p.amount}${einschliesslich(p)}`;
/** Nominative/accusative: „Ihre Rechnung von X über 10 €“ / „Ihre 2 Rechnungen von X über insgesamt 20 €“. */
const ihre = (p: BannerParams): string =>
  `${byCount(p.count, 'Ihre Rechnung', `Ihre ${n(p.count)} Rechnungen`)} von ${p.creditor} ${ueber(p)}`;
/** Nominative/accusative: „deine Rechnung von X über 10 €“ / „deine 2 Rechnungen …“. */
const deine = (p: BannerParams): string =>
  `${byCount(p.count, 'deine Rechnung', `deine ${n(p.count)} Rechnungen`)} von ${p.creditor} ${ueber(p)}`;
/** Dative: „Ihrer Rechnung von X über 10 €“ / „Ihren 2 Rechnungen von X über insgesamt 20 €“. */
const ihrer = (p: BannerParams): string =>
  `${byCount(p.count, 'Ihrer Rechnung', `Ihren ${n(p.count)} Rechnungen`)} von ${p.creditor} ${ueber(p)}`;
/** Dative: „deiner Rechnung von X über 10 €“ / „deinen 2 Rechnungen …“. */
const deiner = (p: BannerParams): string =>
  `${byCount(p.count, 'deiner Rechnung', `deinen ${n(p.count)} Rechnungen`)} von ${p.creditor} ${ueber(p)}`;
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

/** German copy of the overdue banner. */
export const copy: PartCopy<'banner'> = {
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
            `Wir haben Ihnen zu ${ihrer(p)}, ${faelligAm(p)}, geschrieben, aber noch nichts von Ihnen gehört. Wir finden viel lieber gemeinsam mit Ihnen eine Lösung und schreiben Ihnen deshalb noch einmal, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
          nextStep: (p) =>
            `Ist der volle Betrag bis ${p.nextDate ? `zum ${p.nextDate}` : 'zur genannten Frist'} nicht eingegangen, übergeben wir die Forderung an ein Inkassounternehmen${when(p.nextFee, (f) => `; dadurch kommen Inkassokosten von ${f} hinzu`)}.`,
          wayOut: () =>
            'Eine Ratenzahlung oder ein späteres Zahlungsdatum lässt sich hier noch vereinbaren, oder Sie bezahlen jetzt. Gibt es einen Grund, warum die Rechnung noch offen ist, erfahren wir ihn gern von Ihnen.',
        },
        informal: {
          heading: () => 'Letzte Mahnung: Wir finden lieber gemeinsam mit dir eine Lösung',
          body: (p) =>
            `Wir haben dir zu ${deiner(p)}, ${faelligAm(p)}, geschrieben, aber noch nichts von dir gehört. Wir finden viel lieber gemeinsam mit dir eine Lösung und schreiben dir deshalb noch einmal, bevor wir die Forderung an ein Inkassounternehmen übergeben.`,
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
              `Sie haben uns mitgeteilt, dass mit ${ihrer(p)}, ${faelligAm(p)}, etwas nicht stimmt. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
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
              `Du hast uns mitgeteilt, dass mit ${deiner(p)}, ${faelligAm(p)}, etwas nicht stimmt. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
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
              `Vielen Dank, dass Sie uns auf das Problem mit ${ihrer(p)}, ${faelligAm(p)}, aufmerksam gemacht haben. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
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
              `Danke, dass du uns auf das Problem mit ${deiner(p)}, ${faelligAm(p)}, aufmerksam gemacht hast. Für den strittigen Teil pausieren wir die Erinnerungen, während wir das prüfen.`,
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
            heading: () => 'Vielen Dank, dass Sie eine Ratenzahlung vereinbart haben',
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
            heading: () => 'Danke, dass du eine Ratenzahlung vereinbart hast',
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

    planPending: {
      direct: {
        formal: {
          heading: () => 'Wir prüfen Ihren Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Ihr Vorschlag, ${ihre(p)}, ${faelligAm(p)}, in Raten zu zahlen, ist bei uns eingegangen. Solange wir ihn prüfen, senden wir keine Erinnerungen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Sie erhalten bis zum ${p.nextDate} eine Antwort von uns.`
              : 'Sie erhalten so bald wie möglich eine Antwort von uns.',
          wayOut: () =>
            'Bis zu unserer Antwort müssen Sie nichts tun. Möchten Sie lieber schon jetzt bezahlen, ist das jederzeit möglich.',
        },
        informal: {
          heading: () => 'Wir prüfen deinen Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Dein Vorschlag, ${deine(p)}, ${faelligAm(p)}, in Raten zu zahlen, ist bei uns angekommen. Solange wir ihn prüfen, schicken wir keine Erinnerungen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Du bekommst bis zum ${p.nextDate} eine Antwort von uns.`
              : 'Du bekommst so bald wie möglich eine Antwort von uns.',
          wayOut: () =>
            'Bis zu unserer Antwort musst du nichts tun. Möchtest du lieber schon jetzt bezahlen, geht das jederzeit.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'Vielen Dank für Ihren Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Vielen Dank für Ihren Vorschlag, ${ihre(p)}, ${faelligAm(p)}, in Raten zu zahlen. Wir sehen ihn uns gerade an und senden in der Zwischenzeit keine Erinnerungen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Sie erhalten bis zum ${p.nextDate} eine Antwort von uns.`
              : 'Sie erhalten so bald wie möglich eine Antwort von uns.',
          wayOut: () =>
            'Bis zu unserer Antwort müssen Sie nichts weiter tun. Möchten Sie lieber schon jetzt bezahlen, ist das jederzeit gern möglich.',
        },
        informal: {
          heading: () => 'Danke für deinen Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Danke für deinen Vorschlag, ${deine(p)}, ${faelligAm(p)}, in Raten zu zahlen. Wir sehen ihn uns gerade an und schicken in der Zwischenzeit keine Erinnerungen.`,
          nextStep: (p) =>
            p.nextDate
              ? `Du bekommst bis zum ${p.nextDate} eine Antwort von uns.`
              : 'Du bekommst so bald wie möglich eine Antwort von uns.',
          wayOut: () =>
            'Bis zu unserer Antwort musst du nichts weiter tun. Möchtest du lieber schon jetzt bezahlen, geht das jederzeit.',
        },
      },
    },
    declined: {
      direct: {
        formal: {
          heading: () => 'Ihrem Vorschlag zur Ratenzahlung konnten wir nicht zustimmen',
          body: (p) =>
            `Vielen Dank für Ihren Vorschlag, ${ihre(p)}, ${faelligAm(p)}, in Raten zu zahlen. Es tut uns leid, aber dem Ratenplan in dieser Form konnten wir nicht zustimmen.`,
          messageLead: (p) => `Eine Nachricht von ${p.creditor}:`,
          wayOut: () =>
            'Sie können gern einen anderen Ratenplan vorschlagen: Ein Plan innerhalb der im Formular genannten Bedingungen wird sofort angenommen. Sie können auch ein Zahlungsdatum wählen oder jetzt bezahlen, oder uns kontaktieren, wenn Sie es besprechen möchten.',
          contactLead: (p) => `So erreichen Sie ${p.creditor}:`,
        },
        informal: {
          heading: () => 'Deinem Vorschlag zur Ratenzahlung konnten wir nicht zustimmen',
          body: (p) =>
            `Danke für deinen Vorschlag, ${deine(p)}, ${faelligAm(p)}, in Raten zu zahlen. Es tut uns leid, aber dem Ratenplan in dieser Form konnten wir nicht zustimmen.`,
          messageLead: (p) => `Eine Nachricht von ${p.creditor}:`,
          wayOut: () =>
            'Du kannst gern einen anderen Ratenplan vorschlagen: Ein Plan innerhalb der im Formular genannten Bedingungen wird sofort angenommen. Oder wähle ein Zahlungsdatum, bezahle jetzt, oder melde dich bei uns, wenn du es besprechen möchtest.',
          contactLead: (p) => `So erreichst du ${p.creditor}:`,
        },
      },
      indirect: {
        formal: {
          heading: () => 'Zu Ihrem Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Vielen Dank für Ihren Vorschlag, ${ihre(p)}, ${faelligAm(p)}, in Raten zu zahlen, und dafür, dass Sie uns Ihre Lage geschildert haben. Wir haben ihn sorgfältig geprüft und bedauern, dass wir dem Ratenplan in dieser Form nicht zustimmen konnten.`,
          messageLead: (p) => `Eine Nachricht von ${p.creditor}:`,
          wayOut: () =>
            'Wir möchten weiterhin gemeinsam mit Ihnen eine passende Lösung finden. Sie können gern einen anderen Ratenplan vorschlagen (ein Plan innerhalb der im Formular genannten Bedingungen wird sofort angenommen), ein Zahlungsdatum wählen oder jetzt bezahlen, und wir freuen uns, von Ihnen zu hören, wenn Sie es besprechen möchten.',
          contactLead: (p) => `So erreichen Sie ${p.creditor}:`,
        },
        informal: {
          heading: () => 'Zu deinem Vorschlag zur Ratenzahlung',
          body: (p) =>
            `Danke für deinen Vorschlag, ${deine(p)}, ${faelligAm(p)}, in Raten zu zahlen, und dafür, dass du uns deine Lage geschildert hast. Wir haben ihn sorgfältig geprüft, und es tut uns leid, dass wir dem Ratenplan in dieser Form nicht zustimmen konnten.`,
          messageLead: (p) => `Eine Nachricht von ${p.creditor}:`,
          wayOut: () =>
            'Wir möchten weiterhin gemeinsam mit dir eine Lösung finden, die passt. Du kannst einen anderen Ratenplan vorschlagen (ein Plan innerhalb der im Formular genannten Bedingungen wird sofort angenommen), ein Zahlungsdatum wählen oder jetzt bezahlen. Und wenn du es besprechen möchtest, melde dich einfach bei uns.',
          contactLead: (p) => `So erreichst du ${p.creditor}:`,
        },
      },
    },
  },
};
