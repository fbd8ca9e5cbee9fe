namespace DanVan.Orchard.Security;

/// <summary>What the check's view component is given: the form it is in, and whether the last post failed the check.</summary>
public sealed record HumanVerificationContext(HumanCheckPurpose Purpose, bool Refused);
