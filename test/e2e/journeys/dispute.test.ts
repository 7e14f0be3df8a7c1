import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../src/contract/account';
import type { InvoiceDetail } from '../../../src/contract/invoice';
import { formatMoney } from '../../../src/domain/money';
import {
  bannerButton,
  bannerHeading,
  bannerText,
  customerRequest,
  cut,
  expectCleanJourney,
  explainer,
  fixedParts,
  flowDialog,
  type Journeys,
  logIn,
  markets,
  reload,
  seededCustomer,
  startJourneys,
  step,
  waitForDialog,
  waitForText,
} from './journey';

/**
 * A customer who says something is wrong, with a receipt attached: in Norway about the whole
 * invoice, from the notice; in the Netherlands about one line, from that line in the invoice.
 * Either way the reminders stop for the disputed part, and the notice and the invoice say so.
 */
let journeys: Journeys;

beforeAll(async () => {
  journeys = await startJourneys();
}, 120_000);

afterAll(async () => {
  await journeys?.close();
});

/** A small, valid one-page PDF saying `text`, with a correct cross-reference table. */
function makePdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 24 60 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 120] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const scopes = [
  { market: markets[0]!, scope: 'whole' as const },
  { market: markets[1]!, scope: 'line' as const },
];

describe.each(scopes)('dispute ($market.language, $scope)', ({ market, scope }) => {
  it(`says ${scope === 'whole' ? 'the invoice' : 'one line'} is wrong, with a PDF, and the disputed part is paused`, async () => {
    const { messages, tone } = market;
    const customer = seededCustomer(journeys.demo, market, 'reminder');
    const invoiceId = customer.invoiceIds[0]!;
    const journey = await logIn(journeys, market, customer);
    await bannerText(journey);
    const before = await customerRequest<InvoiceDetail>(journey, `invoices/${invoiceId}`);
    const line = before.lines.at(-1)!;
    const disputed = scope === 'whole' ? before.outstanding.amount : line.amount.amount;
    const money = (amount: number) => formatMoney({ amount, currency: before.currency }, market.locale);

    if (scope === 'whole') {
      await bannerButton(journey, messages.actions.dispute).click();
    } else {
      // The line's own "something wrong with this line?" button; the form opens with it chosen.
      await explainer(journey)
        .locator(`[data-line-id="${line.id}"]`)
        .getByRole('button', { name: messages.explainer.lineProblem })
        .click();
    }
    const form = (await waitForDialog(journey, messages.actions.dispute)).locator('amicable-dispute-form');
    await form.getByRole('radio', { name: messages.dispute.reasons.wrong_amount }).check();
    if (scope === 'whole') {
      await form.getByRole('radio', { name: messages.dispute.scopeWhole }).check();
    } else {
      expect(await form.getByRole('radio', { name: messages.dispute.scopeLines }).isChecked()).toBe(true);
      expect(await form.getByRole('checkbox', { name: line.description }).isChecked()).toBe(true);
    }
    await form
      .getByRole('textbox', { name: messages.dispute.messageLabel })
      .fill('The amount does not match the receipt I attach.');
    const pdf = makePdf('Receipt 2291: paid in the shop');
    const chooser = journey.page.waitForEvent('filechooser');
    await form.getByRole('button', { name: messages.dispute.addFiles }).click();
    await (await chooser).setFiles({ name: 'receipt.pdf', mimeType: 'application/pdf', buffer: pdf });
    await waitForText(form.locator('[part~="file"]'), 'receipt.pdf');
    await step(journey, `dispute-${scope}-1-form`);

    await form.getByRole('button', { name: messages.dispute.submit, exact: true }).click();
    await waitForText(form.locator('#confirmation-heading'), messages.dispute.confirmationHeading);
    const rest = before.outstanding.amount - disputed;
    await waitForText(
      form,
      rest > 0
        ? messages.dispute.remainsPayable({ amount: money(rest) })
        : messages.dispute.nothingRemainsPayable,
    );
    await step(journey, `dispute-${scope}-2-received`);

    // The file reached the creditor as the PDF it is.
    const account = await customerRequest<AccountSummary>(journey, 'account');
    expect(account.disputes).toHaveLength(1);
    expect(account.disputes[0]!.attachments).toEqual([
      expect.objectContaining({ name: 'receipt.pdf', type: 'application/pdf', size: pdf.length }),
    ]);
    for (const part of fixedParts(messages.dispute.reference, { reference: cut })) {
      await waitForText(form.locator('[part~="reference"]'), part);
    }
    await waitForText(form.locator('[part~="reference"]'), account.disputes[0]!.reference);

    await flowDialog(journey).getByRole('button', { name: messages.common.dialogClose }).click();
    await flowDialog(journey).waitFor({ state: 'detached' });
    await reload(journey);
    // The invoice names the part on hold; the notice pauses the whole, or asks only for the rest.
    let toPay: string | undefined;
    await waitForText(explainer(journey), messages.explainer.disputedPart({ amount: money(disputed) }));
    if (scope === 'whole') {
      const paused = messages.banner.paused.dispute[tone.style][tone.formality];
      await waitForText(bannerHeading(journey), paused.heading({} as never));
    } else {
      const reminder = messages.banner.reminder[tone.style][tone.formality];
      for (const part of fixedParts(reminder.heading, {
        amount: cut,
        count: 1,
        dueDate: cut,
        creditor: cut,
      })) {
        await waitForText(bannerHeading(journey), part);
      }
      // The notice asks for the undisputed rest with the interest and fees it owes: what pay-now
      // asks, to the cent, and more than the bare rest (the Dutch customer owes interest).
      const after = await customerRequest<InvoiceDetail>(journey, `invoices/${invoiceId}`);
      toPay = money(after.payment.amount.amount);
      expect(after.payment.amount.amount).toBeGreaterThan(rest);
      await waitForText(bannerHeading(journey), toPay);
    }
    await step(journey, `dispute-${scope}-3-paused`);
    if (toPay !== undefined) {
      await bannerButton(journey, messages.actions.pay).click();
      const payNow = (await waitForDialog(journey, messages.actions.pay)).locator('amicable-pay-now');
      await waitForText(payNow.locator('[part~="total"], [part~="amount"]'), toPay);
      await step(journey, `dispute-${scope}-4-pay-the-rest`);
    }
    await expectCleanJourney(journey);
    await journey.context.close();
  });
});
