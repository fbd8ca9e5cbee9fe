namespace DanVan.Feedback.ViewModels;

/// <summary>A reader's question and the board's answer, as shown under an article (no address, no phone).</summary>
public sealed record PublishedAnswer(string Name, string Subject, string Body, string Reply, DateTime CreatedUtc);
