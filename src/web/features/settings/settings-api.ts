import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationSettings } from '../../../contract/privacy.js';
import { apiGet, apiRequest } from '../../api/client';

const settingsPath = '/api/organization/settings';

export const organizationSettingsQueryOptions = queryOptions({
  queryKey: ['organization', 'settings'] as const,
  queryFn: ({ signal }) => apiGet<OrganizationSettings>(settingsPath, signal),
});

export function useSaveOrganizationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: OrganizationSettings) =>
      apiRequest<OrganizationSettings>(settingsPath, { method: 'PUT', body: settings }),
    onSuccess: (saved) => queryClient.setQueryData(organizationSettingsQueryOptions.queryKey, saved),
  });
}
