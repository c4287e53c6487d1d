using Coproduce.Core.People;

namespace Coproduce.Core.Tests.People;

/// <summary>The checks of an organisation's details and of a reason to suspend it, with no database.</summary>
public class OrganisationRulesTests
{
    [Fact]
    public void Optional_details_left_blank_or_invisible_are_none_and_the_rest_is_trimmed()
    {
        var result = OrganisationRules.Check(new OrganisationDetails(OrganisationKind.CommissioningBody, " Bridgend County Borough Council ",
            " Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr ", " Bridgend ", "\u200B", " ", "\uFEFF", "  ", "\n\t"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(new OrganisationDetails(OrganisationKind.CommissioningBody, "Bridgend County Borough Council",
            "Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr", "Bridgend"), result.Value);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(9)]
    public void A_kind_that_is_not_one_of_the_seven_is_refused(int kind)
    {
        var result = OrganisationRules.Check(new OrganisationDetails((OrganisationKind)kind, "Garw Valley Timebank", null, "Bridgend"));

        Assert.Equal(("Kind", "Organisation.KindRequired"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_leaving_policy_nobody_offered_is_refused(int policy)
    {
        var result = OrganisationRules.Check(new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", null, "Bridgend",
            LeavingBalance: (LeavingBalancePolicy)policy));

        Assert.Equal(("LeavingBalance", "Organisation.LeavingBalanceRequired"), (Assert.Single(result.Errors).Field, result.Errors[0].Code));
    }

    [Fact]
    public void Contact_details_are_checked_only_when_given_and_then_as_peoples_are()
    {
        var good = OrganisationRules.Check(new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", null, "Bridgend",
            "timebank@example.org", "+44 1656 870000", "The Old Library\r\nBlaengarw"));
        var bad = OrganisationRules.Check(new OrganisationDetails(OrganisationKind.Timebank, "Garw Valley Timebank", null, "Bridgend",
            "timebank at example.org", "0800 FLOWERS", new string('x', 301)));

        Assert.True(good.Succeeded, string.Join("; ", good.Errors));
        Assert.Equal(["Organisation.EmailInvalid", "Organisation.PhoneInvalid", "Organisation.AddressTooLong"], bad.Errors.Select(e => e.Code));
        Assert.Equal("Rhaid i'r cyfeiriad fod yn 300 nod neu lai", bad.Errors[2].Message(LanguageCultures.Welsh));
    }

    [Fact]
    public void A_reason_is_required_may_run_to_several_lines_and_is_not_a_place_for_hidden_characters()
    {
        Assert.Equal("Organisation.ReasonRequired", Assert.Single(OrganisationRules.CheckReason("\u200D\n").Errors).Code);
        Assert.Equal("Organisation.ReasonRequired", Assert.Single(OrganisationRules.CheckReason(null).Errors).Code);
        Assert.Equal("Organisation.ReasonTooLong", Assert.Single(OrganisationRules.CheckReason(new string('r', 1001)).Errors).Code);
        Assert.Equal("Text.DirectionControl", Assert.Single(OrganisationRules.CheckReason("Complaint \u2066upheld").Errors).Code);
        Assert.Equal("Complaint upheld.\nAwaiting the trustees.", OrganisationRules.CheckReason(" Complaint upheld.\nAwaiting the trustees. \n").Value);
    }
}
