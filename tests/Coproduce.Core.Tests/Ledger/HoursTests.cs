using System.Globalization;
using Coproduce.Core.Ledger;

namespace Coproduce.Core.Tests.Ledger;

public class HoursTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Welsh = CultureInfo.GetCultureInfo("cy-GB");

    [Theory]
    [InlineData("1.5", 90)]
    [InlineData("2", 120)]
    [InlineData("0.25", 15)]
    [InlineData("1:30", 90)]
    [InlineData("0:05", 5)]
    [InlineData("90m", 90)]
    [InlineData("90 minutes", 90)]
    [InlineData("1 minute", 1)]
    [InlineData("2h", 120)]
    [InlineData("1h 30m", 90)]
    [InlineData("1 hour 30 minutes", 90)]
    [InlineData("  3 HOURS ", 180)]
    [InlineData("2 awr", 120)]
    [InlineData("30 munud", 30)]
    [InlineData("10000", 600_000)]
    public void Reads_amounts_as_people_type_them(string text, int minutes)
    {
        Assert.True(Hours.TryParse(text, "Amount", out var hours, out var error), error?.ToString());
        Assert.Equal(minutes, hours.Minutes);
    }

    [Theory]
    [InlineData("", "Hours.Required")]
    [InlineData("   ", "Hours.Required")]
    [InlineData(null, "Hours.Required")]
    [InlineData("0", "Hours.Zero")]
    [InlineData("0:00", "Hours.Zero")]
    [InlineData("0m", "Hours.Zero")]
    [InlineData("-1", "Hours.Negative")]
    [InlineData("-0:30", "Hours.Negative")]
    [InlineData("10000.5", "Hours.TooLarge")]
    [InlineData("999999", "Hours.TooLarge")]
    [InlineData("1.333", "Hours.NotWholeMinutes")]
    [InlineData("abc", "Hours.Unreadable")]
    [InlineData("1:75", "Hours.Unreadable")]
    [InlineData("1,5", "Hours.Unreadable")]
    [InlineData("1e3", "Hours.Unreadable")]
    public void Refuses_zero_negative_absurd_and_unreadable_amounts(string? text, string code)
    {
        Assert.False(Hours.TryParse(text, "Amount", out _, out var error));
        Assert.Equal(code, error.Code);
        Assert.Equal("Amount", error.Field);
        Assert.NotEmpty(error.Message(English));
        Assert.NotEqual(error.Message(English), error.Message(Welsh));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(Hours.MaximumMinutes + 1L)]
    public void Code_cannot_make_an_impossible_amount(long minutes) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Hours.FromMinutes(minutes));

    [Fact]
    public void A_default_amount_holds_no_minutes_so_the_ledger_can_refuse_it() => Assert.Equal(0, default(Hours).Minutes);

    [Theory]
    [InlineData(90, "1 hour 30 minutes", "1 awr 30 munud")]
    [InlineData(60, "1 hour", "1 awr")]
    [InlineData(120, "2 hours", "2 awr")]
    [InlineData(1, "1 minute", "1 munud")]
    [InlineData(45, "45 minutes", "45 munud")]
    [InlineData(600_000, "10,000 hours", "10,000 awr")]
    public void Formats_amounts_in_words_in_each_language(int minutes, string english, string welsh)
    {
        var hours = Hours.FromMinutes(minutes);
        Assert.Equal(english, hours.ToString(null, English));
        Assert.Equal(welsh, hours.ToString(null, Welsh));
    }

    [Theory]
    [InlineData(0, "0 hours", "0 awr")]
    [InlineData(-135, "-2 hours 15 minutes", "-2 awr 15 munud")]
    [InlineData(-30, "-30 minutes", "-30 munud")]
    public void Formats_balances_including_zero_and_negative(long minutes, string english, string welsh)
    {
        Assert.Equal(english, new Balance(minutes).ToString(null, English));
        Assert.Equal(welsh, new Balance(minutes).ToString(null, Welsh));
    }

    [Fact]
    public void Formats_clock_style_and_decimal()
    {
        var hours = Hours.FromMinutes(90);
        Assert.Equal("1:30", hours.ToString("t", English));
        Assert.Equal("1.5", hours.ToString("d", English));
        Assert.Equal(1.5m, hours.TotalHours);
    }

    [Fact]
    public void Amounts_add_and_compare()
    {
        var sum = Hours.FromHours(1) + Hours.FromMinutes(30);
        Assert.Equal(90, sum.Minutes);
        Assert.True(Hours.FromHours(2) > sum);
        Assert.Equal(Hours.FromMinutes(90), sum);
    }
}
