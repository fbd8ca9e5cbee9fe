namespace DanVan.Orchard.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody);
