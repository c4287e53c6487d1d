using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Coproduce.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TransportFleetAndDrivers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TransportDriverChecks",
                columns: table => new
                {
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Licence = table.Column<int>(type: "INTEGER", nullable: false),
                    BornOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LicenceHeldSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Midas = table.Column<int>(type: "INTEGER", nullable: false),
                    MidasPassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PatsPassedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DbsCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportDriverChecks", x => new { x.ServiceId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportDriverChecks_People_RecordedById",
                        column: x => x.RecordedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportVehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Registration = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Seats = table.Column<int>(type: "INTEGER", nullable: false),
                    WheelchairSpaces = table.Column<int>(type: "INTEGER", nullable: false),
                    Access = table.Column<int>(type: "INTEGER", nullable: false),
                    GrossWeightKg = table.Column<int>(type: "INTEGER", nullable: false),
                    Base = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PermitNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PermitExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SpareDays = table.Column<int>(type: "INTEGER", nullable: false),
                    SpareFrom = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    SpareUntil = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AddedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportVehicles", x => x.Id);
                    table.CheckConstraint("CK_TransportVehicles_Seats", "\"Seats\" > 0 AND \"WheelchairSpaces\" >= 0");
                    table.CheckConstraint("CK_TransportVehicles_SpareDays", "\"SpareDays\" > 0 AND \"SpareDays\" < 128");
                    table.ForeignKey(
                        name: "FK_TransportVehicles_Organisations_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportVehicles_People_AddedById",
                        column: x => x.AddedById,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverChecks_PersonId",
                table: "TransportDriverChecks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportDriverChecks_RecordedById",
                table: "TransportDriverChecks",
                column: "RecordedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportVehicles_AddedById",
                table: "TransportVehicles",
                column: "AddedById");

            migrationBuilder.CreateIndex(
                name: "IX_TransportVehicles_ServiceId_Registration",
                table: "TransportVehicles",
                columns: new[] { "ServiceId", "Registration" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TransportDriverChecks");

            migrationBuilder.DropTable(
                name: "TransportVehicles");
        }
    }
}
