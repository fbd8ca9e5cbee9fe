namespace DanVan.Orchard.Security;

/// <summary>The account forms a <see cref="IHumanVerification"/> guards.</summary>
public enum HumanCheckPurpose
{
    /// <summary>Asked after a few failed sign-ins of the typed user name or from the client's address.</summary>
    SignIn,

    /// <summary>Always asked: each post may send an e-mail.</summary>
    ForgotPassword,
}
