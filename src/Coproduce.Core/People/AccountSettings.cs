using Microsoft.AspNetCore.Identity;

namespace Coproduce.Core.People;

/// <summary>
/// How logins behave, written once for every program that handles them: the web app signs people in with these
/// settings, and the command line makes logins and password links that the web app must then accept. A setting that
/// differed between the two would make a link the command line printed fail on the web's page.
/// </summary>
public static class AccountSettings
{
    /// <summary>
    /// The data-protection application name of every program of an installation. The keys in the database protect a
    /// purpose only for programs that share this name, so the web app's cookies and forms and the command line's
    /// password links all need it.
    /// </summary>
    public const string DataProtectionApplicationName = "Coproduce";

    /// <summary>
    /// How long a link to confirm an email address or choose a password works. Identity's own default, written down so
    /// that the web app and the command line configure the same and the command line can tell the operator.
    /// </summary>
    public static TimeSpan LinkLifespan { get; } = TimeSpan.FromDays(1);

    /// <summary>Identity's options for Coproduce: password rules, lockout, one account per confirmed email address.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // NCSC's advice: length over composition rules, which push people to predictable passwords.
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 4;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedEmail = true;
    }
}
