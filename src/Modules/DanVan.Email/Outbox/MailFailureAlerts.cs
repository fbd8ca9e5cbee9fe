using DanVan.Orchard.Tenancy;

namespace DanVan.Email.Outbox;

/// <summary>For the portal's dashboard: districts with mail that failed for good, or waiting for want of a server.</summary>
public sealed class MailFailureAlerts(OutboxHealth health) : ITenantAlertSource
{
    public IReadOnlyList<TenantAlert> GetAlerts(IReadOnlyCollection<TenantSettings> tenants)
    {
        var alerts = new List<TenantAlert>();
        foreach (var tenant in tenants)
        {
            if (health.Get(tenant.Name) is not { } summary)
            {
                continue;
            }

            if (summary.Failed > 0)
            {
                alerts.Add(new TenantAlert(tenant.Name, $"{summary.Failed} thư gửi không được: {summary.LastError}", "admin/email/outbox?status=failed"));
            }
            else if (summary.WhyNotSending is not null && summary.Waiting > 0)
            {
                alerts.Add(new TenantAlert(tenant.Name, $"{summary.Waiting} thư đang chờ: {summary.WhyNotSending}", "admin/email"));
            }
        }

        return alerts;
    }
}
