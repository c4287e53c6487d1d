using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VehicleBaseLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "BaseLatitude",
                table: "TransportVehicles",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "BaseLongitude",
                table: "TransportVehicles",
                type: "REAL",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BaseLatitude",
                table: "TransportVehicles");

            migrationBuilder.DropColumn(
                name: "BaseLongitude",
                table: "TransportVehicles");
        }
    }
}
