import type { StorybookConfig } from '@storybook/web-components-vite';

/** The component workshop: `npm run storybook` / `npm run build-storybook` (works offline). */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y'],
  // Without this Storybook waits on the network to send usage data.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // One pre-bundled Lit for stories and components, or Lit warns about multiple versions.
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js'] },
      // axe (the a11y addon) alone is larger than Vite's default warning threshold.
      build: { chunkSizeWarningLimit: 2_000 },
    });
  },
};

export default config;
