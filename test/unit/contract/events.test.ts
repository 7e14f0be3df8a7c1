import { describe, expect, it } from 'vitest';
import { AnalyticsEventsRequest } from '../../../src/contract/events';
import { issuePaths, issuesOf, unknownFieldPaths } from './helpers';

const impression = { type: 'impression', element: 'amicable-overdue-banner', at: '2026-11-02T10:00:00Z' };

describe('AnalyticsEventsRequest', () => {
  it('accepts impressions and actions with their action', () => {
    const body = {
      events: [
        impression,
        {
          type: 'action',
          element: 'amicable-pay-now',
          at: '2026-11-02T10:01:00Z',
          action: 'pay',
          invoiceIds: ['inv-1'],
        },
      ],
    };
    expect(AnalyticsEventsRequest.safeParse(body).success).toBe(true);
  });

  it('takes 1 to 100 events', () => {
    expect(AnalyticsEventsRequest.safeParse({ events: [] }).success).toBe(false);
    expect(AnalyticsEventsRequest.safeParse({ events: Array(100).fill(impression) }).success).toBe(true);
    expect(AnalyticsEventsRequest.safeParse({ events: Array(101).fill(impression) }).success).toBe(false);
  });

  it('pairs action with type "action" both ways', () => {
    expect(
      issuePaths(issuesOf(AnalyticsEventsRequest, { events: [{ ...impression, type: 'action' }] })),
    ).toEqual(['events.0.action']);
    expect(
      issuePaths(issuesOf(AnalyticsEventsRequest, { events: [{ ...impression, action: 'pay' }] })),
    ).toEqual(['events.0.action']);
  });

  it('refuses unknown elements, bad timestamps and personal data fields', () => {
    const body = {
      events: [
        { ...impression, element: 'amicable-chat' },
        { ...impression, at: '2026-11-02' },
        { ...impression, email: 'kari@example.no' },
      ],
    };
    const issues = issuesOf(AnalyticsEventsRequest, body);
    expect(issuePaths(issues).sort()).toEqual(['events.0.element', 'events.1.at', 'events.2']);
    expect(unknownFieldPaths(issues)).toEqual(['events.2.email']);
  });
});
