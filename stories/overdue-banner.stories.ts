import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../components/overdue-banner/define';

/** Placeholder stories: the real banner's states, tones and themes arrive with the element. */
const meta: Meta = {
  title: 'Elements/Overdue banner',
  component: 'amicable-overdue-banner',
  render: () => html`<amicable-overdue-banner></amicable-overdue-banner>`,
};

export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Norwegian: Story = {
  render: () => html`<amicable-overdue-banner lang="nb-NO"></amicable-overdue-banner>`,
};

export const Themed: Story = {
  render: () => html`
    <amicable-overdue-banner
      style="--amicable-color-accent: #6b2c91; --amicable-radius: 0; --amicable-font-family: Georgia, serif"
    ></amicable-overdue-banner>
  `,
};

export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: () => html`
    <div style="padding: 1rem; background: #111">
      <amicable-overdue-banner
        style="--amicable-color-surface: #1f1f1f; --amicable-color-text: #e3e3e3; --amicable-color-border: #5f6368; --amicable-color-accent: #a8c7fa; --amicable-color-on-accent: #062e6f"
      ></amicable-overdue-banner>
    </div>
  `,
};
