namespace Coproduce.Core.Timebank;

/// <summary>
/// What kind of help an offer or request is about: gardening, befriending, lifts... The installation's are seeded in
/// English and Welsh and shared by every timebank; a timebank may add its own.
/// </summary>
public sealed class SkillCategory
{
    private SkillCategory()
    {
        Name = string.Empty;
        NameWelsh = string.Empty;
    }

    internal SkillCategory(Guid id, Guid? organisationId, string name, string nameWelsh, int sortOrder)
    {
        Id = id;
        OrganisationId = organisationId;
        Name = name;
        NameWelsh = nameWelsh;
        SortOrder = sortOrder;
    }

    /// <summary>The category's identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The timebank that added it; none for the seeded categories every timebank has.</summary>
    public Guid? OrganisationId { get; private set; }

    /// <summary>Its name in English.</summary>
    public string Name { get; private set; }

    /// <summary>Its name in Welsh.</summary>
    public string NameWelsh { get; private set; }

    /// <summary>Where it comes in the lists: the seeded ones first, in the order people look for them.</summary>
    public int SortOrder { get; private set; }

    /// <summary>The name in <paramref name="language"/>.</summary>
    public string NameIn(People.Language language) => language == People.Language.Welsh ? NameWelsh : Name;

    /// <summary>The categories every timebank starts with, as GOV.UK-style plain names in both languages. Never change an id.</summary>
    internal static IReadOnlyList<SkillCategory> Seeded { get; } =
    [
        new(new Guid("5b1c2a10-0000-4000-8000-000000000001"), null, "Gardening", "Garddio", 10),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000002"), null, "Befriending and company", "Cyfeillio a chwmni", 20),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000003"), null, "Lifts and transport", "Lifftiau a thrafnidiaeth", 30),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000004"), null, "DIY and repairs", "Gwaith DIY a thrwsio", 40),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000005"), null, "Computers, phones and IT help", "Cymorth gyda chyfrifiaduron, ffonau a TG", 50),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000006"), null, "Cooking and meals", "Coginio a phrydau bwyd", 60),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000007"), null, "Shopping and errands", "Siopa a negeseuon", 70),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000008"), null, "Letters, forms and admin", "Llythyrau, ffurflenni a gwaith gweinyddol", 80),
        new(new Guid("5b1c2a10-0000-4000-8000-000000000009"), null, "Childcare", "Gofal plant", 90),
        new(new Guid("5b1c2a10-0000-4000-8000-00000000000a"), null, "Pet care", "Gofalu am anifeiliaid anwes", 100),
        new(new Guid("5b1c2a10-0000-4000-8000-00000000000b"), null, "Crafts and sewing", "Crefftau a gwnïo", 110),
        new(new Guid("5b1c2a10-0000-4000-8000-00000000000c"), null, "Teaching and skills", "Addysgu a sgiliau", 120),
        new(new Guid("5b1c2a10-0000-4000-8000-00000000000d"), null, "Other help", "Help arall", 1000),
    ];
}
