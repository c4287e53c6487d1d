using Coproduce.Core.Common;

namespace Coproduce.Core.Transport;

/// <summary>Whether the service's permit lets it carry a passenger: asked when they register and again at each booking.</summary>
public static class PassengerRules
{
    /// <summary>
    /// Why <paramref name="grounds"/> don't make someone born on <paramref name="bornOn"/> eligible on
    /// <paramref name="day"/>: no grounds given, or only age and they are under the service's minimum. None when they
    /// are eligible.
    /// </summary>
    public static FieldError? WhyNotEligible(EligibilityGrounds grounds, DateOnly bornOn, BookingRules rules, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (grounds == EligibilityGrounds.None)
        {
            return new FieldError("Grounds", "Transport.NoGrounds");
        }

        var oldEnough = bornOn.AddYears(rules.MinimumAge) <= day;
        return grounds == EligibilityGrounds.Age && !oldEnough ? new FieldError("Grounds", "Transport.UnderMinimumAge", rules.MinimumAge) : null;
    }
}
