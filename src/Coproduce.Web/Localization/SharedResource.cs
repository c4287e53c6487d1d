namespace Coproduce.Web;

/// <summary>Names Resources/SharedResource*.resx: every piece of UI text, in English and Welsh.</summary>
public sealed class SharedResource;
