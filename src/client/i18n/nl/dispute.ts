import { formatPercent } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';
import { byCount, n } from './common';

/** Dutch copy of the dispute form. */
export const copy: PartCopy<'dispute'> = {
  dispute: {
    heading: 'Laat weten wat er niet klopt',
    intro:
      'Voor het betwiste deel volgen geen herinneringen zolang het wordt uitgezocht. De rest van de factuur blijft te betalen.',
    reasonLabel: 'Wat is het probleem?',
    reasons: {
      not_received: 'Product of dienst niet ontvangen',
      wrong_amount: 'Het bedrag klopt niet',
      quality: 'Er was iets kapot of niet zoals afgesproken',
      already_paid: 'Al betaald',
      not_ordered: 'Niet besteld',
      other: 'Iets anders',
    },
    scopeLabel: 'Om welk deel gaat het?',
    scopeWhole: 'De hele factuur',
    scopeLines: 'Een paar regels',
    scopeAmount: 'Een bedrag',
    linesLabel: 'Betwiste regels',
    amountLabel: 'Betwist bedrag',
    amountHint: (p) => `Hooguit ${p.max}.`,
    messageLabel: 'Wat is er gebeurd?',
    messageHint: 'Een paar zinnen is genoeg. Data, ordernummers of namen helpen.',
    characterCount: (p) =>
      `${n(p.count)} van ${n(p.max)} ${plural('nl', p.max, { one: 'teken', other: 'tekens' })}`,
    attachments: 'Bijlagen',
    attachmentsHint: (p) =>
      `Pdf, png of jpeg, hooguit ${n(p.maxFiles)} bestanden van maximaal ${p.maxSize} per stuk.`,
    addFiles: 'Bestanden toevoegen',
    dropFiles: 'Of sleep bestanden hierheen',
    removeFile: (p) => `${p.name} verwijderen`,
    uploading: (p) => `${p.name} uploaden: ${formatPercent(p.percent, 'nl')}`,
    fileErrors: {
      wrongType: (p) => `${p.name} kan niet worden bijgevoegd. Gebruik een pdf-, png- of jpeg-bestand.`,
      tooLarge: (p) => `${p.name} is groter dan ${p.maxSize}. Voeg een kleiner bestand toe.`,
      tooMany: (p) =>
        byCount(
          p.max,
          'Er kan maar 1 bestand worden bijgevoegd.',
          `Er kunnen hooguit ${n(p.max)} bestanden worden bijgevoegd.`,
        ),
    },
    submit: 'Bericht versturen',
    sending: 'Bezig met versturen…',
    confirmationHeading: 'Bedankt, het bericht is ontvangen',
    reference: (p) => `Referentienummer: ${p.reference}`,
    whatHappensNow: 'Wat er nu gebeurt',
    whatHappensNowBody:
      'De schuldeiser zoekt het uit en reageert. Tot dan volgen er geen herinneringen voor het betwiste deel.',
    respondBy: (p) => `Een antwoord volgt uiterlijk ${p.date}.`,
    remainsPayable: (p) => `${p.amount} wordt niet betwist en kan gewoon worden betaald.`,
    nothingRemainsPayable: 'Op deze factuur hoeft voorlopig niets anders te worden betaald.',
    loadFailed: 'De factuur kon nu niet worden geladen. Probeer het zo nog eens.',
    sendFailed:
      'Het bericht kon nu niet worden verstuurd. Wat er is ingevuld, blijft staan, dus probeer het gerust opnieuw.',
    alreadyDisputed:
      'Dit deel van de factuur wordt al uitgezocht. Een antwoord volgt uiterlijk op de datum die is genoemd.',
  },
};
